/**
 * Domain factories for the core's unit tests: a valid thing by default, with
 * only the detail a test is about written out (`aSignedEnvelope({ to: ['beria'] })`).
 * Pure like the core: hashing and signing are passed in by the test.
 */
import { type Membership, type OrganisationAt, organisationAt } from '../access/organisation.js';
import { type Addressing, readersOf } from '../access/readers-of.js';
import type { Cable, SignedEnvelope } from '../cable/cable.js';
import type { CableDraftInput } from '../cable/cable-draft.js';
import { canonicalSignedEnvelope } from '../cable/canonical-envelope.js';
import { formatRegistryNumber } from '../cable/registry-number.js';
import { chainHash, GENESIS_HASH, type Sha256 } from '../registry/chain.js';

/** The people of the London 1945 example. */
export const LONDON_PEOPLE = [
  'stalin',
  'molotov',
  'vyshinsky',
  'beria',
  'malenkov',
  'mikoyan',
  'pavlov',
  'gusev',
  'poskrebyshev',
] as const;

export const LONDON_GROUPS = ['four', 'three', 'delegation'] as const;

/** The Four and the Three from 8 October 1945; the delegation in London for the session only. */
export const LONDON_MEMBERSHIPS: readonly Membership[] = [
  ...['molotov', 'beria', 'malenkov', 'mikoyan'].map((person) => aMembership('four', person)),
  ...['beria', 'malenkov', 'mikoyan'].map((person) => aMembership('three', person)),
  ...['molotov', 'gusev', 'pavlov'].map((person) =>
    aMembership('delegation', person, {
      from: '1945-09-10T00:00:00.000Z',
      until: '1945-10-04T00:00:00.000Z',
    }),
  ),
];

/** The instant the December 6 reprimand (M-13) was registered. */
export const DECEMBER_6 = '1945-12-06T00:30:00.000Z';

export function aMembership(
  group: string,
  person: string,
  overrides: Partial<Omit<Membership, 'group' | 'person'>> = {},
): Membership {
  return { group, person, from: '1945-10-08T00:00:00.000Z', until: null, ...overrides };
}

/** The London organisation frozen at `at`, optionally with extra memberships. */
export function anOrganisation(
  at: string = DECEMBER_6,
  extraMemberships: readonly Membership[] = [],
): OrganisationAt {
  return organisationAt(LONDON_PEOPLE, LONDON_GROUPS, [...LONDON_MEMBERSHIPS, ...extraMemberships], at);
}

/** Stalin to Molotov, nothing else. */
export function anAddressing(overrides: Partial<Addressing> = {}): Addressing {
  return { author: 'stalin', to: ['molotov'], info: [], exclude: [], via: null, captions: [], ...overrides };
}

/** A draft as an author submits it; optional lists left out. */
export function aCableDraft(overrides: Partial<CableDraftInput> = {}): CableDraftInput {
  return {
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'SECRET',
    kind: 'directive',
    subject: 'Stand firm on Rumania',
    body: 'The Rumanians will hold firm. Make no concessions on Rumania.',
    ...overrides,
  };
}

export function aSignedEnvelope(overrides: Partial<SignedEnvelope> = {}): SignedEnvelope {
  return {
    id: 'cable-0001',
    series: 'TOLON',
    author: 'stalin',
    alias: 'Instantsiia',
    to: ['molotov'],
    info: [],
    exclude: [],
    via: null,
    precedence: 'IMMEDIATE',
    classification: 'SECRET',
    captions: [],
    kind: 'directive',
    subject: 'Stand firm on Rumania',
    issues: ['rumania'],
    conference: 'london-1945',
    inReplyTo: null,
    refs: [],
    body: 'The Rumanians will hold firm. Make no concessions on Rumania.',
    payload: null,
    ...overrides,
  };
}

/** What the registry needs to seal a cable: the hash, and a signature in the author's name. */
export interface SealingCrypto {
  sha256: Sha256;
  sign: (author: string, message: string) => string;
}

/** Signs the envelope in the author's name and chains it onto `prevHash`. */
export function aSealedCable(
  unsealed: Omit<Cable, 'signature' | 'hash'>,
  { sha256, sign }: SealingCrypto,
): Cable {
  const signature = sign(unsealed.author, canonicalSignedEnvelope(unsealed));
  return rehashed({ ...unsealed, signature }, sha256);
}

/** The cable with its chain hash recomputed from what it now holds, as a forger who can hash would. */
export function rehashed(cable: Omit<Cable, 'hash'>, sha256: Sha256): Cable {
  return { ...cable, hash: chainHash(cable, sha256) };
}

/**
 * A valid registry of `n` cables, alternating Stalin's directives (TOLON) and
 * Molotov's reports (LONTO), an hour apart, each signed and chained.
 */
export function aChain(n: number, crypto: SealingCrypto): Cable[] {
  const cables: Cable[] = [];
  const seriesSeq = new Map<string, number>();
  for (let seq = 1; seq <= n; seq += 1) {
    const fromStalin = seq % 2 === 1;
    const series = fromStalin ? 'TOLON' : 'LONTO';
    const envelope = aSignedEnvelope({
      id: `cable-${String(seq).padStart(4, '0')}`,
      series,
      author: fromStalin ? 'stalin' : 'molotov',
      alias: null,
      to: fromStalin ? ['molotov'] : ['stalin'],
      info: fromStalin ? ['three'] : [],
      kind: fromStalin ? 'directive' : 'report',
      subject: `Cable ${seq} of the London session`,
      body: `Text of cable ${seq}.`,
    });
    const number = (seriesSeq.get(series) ?? 0) + 1;
    seriesSeq.set(series, number);
    const registeredAt = new Date(Date.UTC(1945, 9, 10, 9) + seq * 3_600_000).toISOString();
    const cable = aSealedCable(
      {
        ...envelope,
        seq,
        number: formatRegistryNumber({ series, sequence: number }),
        seriesSeq: number,
        registeredAt,
        readers: readersOf({ ...envelope }, anOrganisation(registeredAt)),
        prevHash: cables.at(-1)?.hash ?? GENESIS_HASH,
      },
      crypto,
    );
    cables.push(cable);
  }
  return cables;
}

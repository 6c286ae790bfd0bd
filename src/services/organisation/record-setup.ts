import {
  applySetup,
  type Cable,
  canonicalSignedEnvelope,
  DomainError,
  hasRole,
  invalidInput,
  MAX_SETUP_CHANGES,
  type OrganisationState,
  REGISTRY_PRINCIPAL,
  type SetupChange,
  SetupChangeSchema,
  type SignedEnvelope,
} from '../../core/index.js';
import type { PersonSecrets } from '../../store/store.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { registrationQueueOf } from '../cables/registration-queue.js';
import { recordAudit } from '../integrity/record-audit.js';
import { serverKeyOf } from '../integrity/sign-registry-head.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import type { Authority } from './authority.js';
import { describeChange } from './describe-change.js';
import { organisationState } from './organisation-state.js';

/** Optional extras for people created by the entry: their first password (else they cannot log in yet). */
export interface SetupOptions {
  passwords?: ReadonlyMap<string, string>;
  /** Password hashes already made (a generated bench organisation shares one). */
  passwordHashes?: ReadonlyMap<string, string>;
  /** How a change's field is named in errors: `changes[i].field` unless a caller sent one change as its body. */
  fieldOf?: (index: number, field: string) => string;
  /** Validate and return the changes as they would be signed, without registering anything. */
  dryRun?: boolean;
}

export interface SetupResult {
  /** The entry registered, or null for a dry run. */
  entry: Cable | null;
  changes: SetupChange[];
}

// One setup entry at a time in a process: each is checked against the state the one before it made.
const turns = new WeakMap<object, Promise<unknown>>();

/**
 * Records changes to the organisation or a conference as one signed, chained
 * setup entry (PRODUCT.md §Setup), all or none: fill in what the author left
 * to the registry (now, a new key pair) → validate against the state the chain
 * makes → sign as the author (the registry's own key for the operator) →
 * durable commit → project the tables → audit. Bad input is refused naming the
 * change and field, and nothing is registered.
 */
export function recordSetup(
  services: Services,
  authority: Authority,
  input: readonly unknown[],
  options: SetupOptions = {},
): Promise<SetupResult> {
  const previous = turns.get(services.store) ?? Promise.resolve();
  const turn = previous.catch(() => {}).then(() => recordInTurn(services, authority, input, options));
  turns.set(services.store, turn);
  return turn;
}

async function recordInTurn(
  services: Services,
  authority: Authority,
  input: readonly unknown[],
  options: SetupOptions,
): Promise<SetupResult> {
  const now = services.now();
  const author = 'operator' in authority ? REGISTRY_PRINCIPAL : authority.admin;
  let state = await organisationState(services.store);
  // Refuse an ordinary person before looking at what they sent; the reducer checks the finer rights.
  if (
    author !== REGISTRY_PRINCIPAL &&
    !hasRole(state.people[author], 'admin') &&
    !hasRole(state.people[author], 'secretariat')
  ) {
    throw new DomainError(
      'forbidden',
      'Only an administrator (the registry clerk) or the conference secretariat may do this.',
    );
  }
  if (Object.keys(state.people).length === 0) {
    if (author !== REGISTRY_PRINCIPAL)
      throw new DomainError('forbidden', 'The registry has no administrator yet.');
    if (!options.dryRun) state = await openRegistry(services, now);
  }
  const secrets = new Map<string, PersonSecrets>();
  const fieldOf = options.fieldOf ?? ((index: number, field: string) => `changes[${index}].${field}`);
  // An entry past the bound would be registered but could not be read back (SetupPayloadSchema): refuse it whole.
  if (input.length > MAX_SETUP_CHANGES) {
    throw invalidInput(
      options.fieldOf?.(MAX_SETUP_CHANGES, '') ?? 'changes',
      `makes ${input.length} changes where one setup entry holds at most ${MAX_SETUP_CHANGES}; apply it in parts`,
    );
  }
  // A new person is cleared for the highest level of the scheme in force when the entry applies.
  let highest = state.classifications.at(-1)!;
  const changes = input.map((raw, index) => {
    const levels = (raw as { op?: unknown; levels?: unknown }).levels;
    if ((raw as { op?: unknown }).op === 'classification.set' && Array.isArray(levels) && levels.length > 0)
      highest = String(levels.at(-1));
    const filled = fillIn(raw, now, highest, () => {
      const { publicKey, privateKeySealed } = services.keyring.generate();
      secrets.set(String((raw as { id: unknown }).id), { passwordHash: '', privateKeySealed });
      return publicKey;
    });
    try {
      return parseInput(SetupChangeSchema, filled, 'op');
    } catch (error) {
      if (!(error instanceof DomainError) || !error.field) throw error;
      throw invalidInput(fieldOf(index, error.field), error.message.slice(error.field.length + 2));
    }
  });
  if (changes.length === 0) throw invalidInput('changes', 'must name at least one change');
  const head = await services.store.registry.head();
  applySetup(structuredClone(state), changes, { seq: head.seq + 1, at: now, author, fieldOf });
  if (options.dryRun) return { entry: null, changes };

  // A new key for someone who exists keeps their password: only the key pair is replaced.
  for (const [id, keys] of secrets) {
    if (state.people[id])
      keys.passwordHash = (await services.store.directory.personByLogin(id))?.passwordHash ?? '';
  }
  for (const [id, passwordHash] of options.passwordHashes ?? []) {
    const keys = secrets.get(id);
    if (keys) keys.passwordHash = passwordHash;
  }
  for (const [id, password] of options.passwords ?? []) {
    const keys = secrets.get(id);
    if (keys) keys.passwordHash = await hashPassword(password);
  }
  const entry = await signAndAppend(services, author, changes, now);
  const after = await organisationState(services.store);
  await services.store.directory.project(after, secrets);
  const actor = author === REGISTRY_PRINCIPAL ? null : author;
  for (const change of changes) {
    const { op, ...fields } = change;
    await recordAudit(services, actor, op, subjectOfChange(change), { entry: entry.number, ...fields });
  }
  services.bus.publish(entry);
  return { entry, changes };
}

/**
 * Fills in what the registry decides rather than the author: the instant a
 * change takes effect (now), a new person's key pair, title, roles and
 * clearance (the highest level, written out so the entry says it).
 */
function fillIn(raw: unknown, now: string, highestLevel: string, newPublicKey: () => string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const change: Record<string, unknown> = { ...raw };
  const instantField = {
    'post.close': 'at',
    'series.close': 'at',
    'person.create': 'at',
    'person.move': 'from',
    'person.clearance': 'from',
    'person.end': 'at',
    'membership.start': 'from',
    'membership.end': 'until',
  }[String(change.op)];
  if (instantField && change[instantField] === undefined) change[instantField] = now;
  if (change.op === 'person.create') {
    change.title ??= '';
    change.roles ??= [];
    change.clearance ??= highestLevel;
  }
  if ((change.op === 'person.create' || change.op === 'person.key') && change.publicKey === undefined) {
    change.publicKey = newPublicKey();
  }
  return change;
}

async function signAndAppend(services: Services, author: string, changes: SetupChange[], now: string) {
  const state = await organisationState(services.store);
  const envelope: SignedEnvelope = {
    id: services.newId(),
    series: 'REG',
    author,
    alias: null,
    to: [REGISTRY_PRINCIPAL],
    info: [],
    exclude: [],
    via: null,
    precedence: 'ROUTINE',
    classification: state.classifications[0]!,
    captions: [],
    kind: 'setup',
    subject: subjectOf(changes),
    issues: [],
    conference: null,
    inReplyTo: null,
    refs: [],
    body: changes.map(describeChange).join('\n'),
    payload: { type: 'setup', changes },
  };
  const keys =
    author === REGISTRY_PRINCIPAL
      ? await serverKeyOf(services)
      : await services.store.directory.keysOf(author);
  if (!keys) throw new DomainError('unauthenticated', 'The author is not a registered person.');
  const message = canonicalSignedEnvelope(envelope);
  const signature = services.keyring.sign(keys.privateKeySealed, message);
  if (!services.keyring.verify(keys.publicKey, message, signature)) {
    throw new DomainError('registry-broken', `The signing key of ${author} does not match their public key.`);
  }
  return registrationQueueOf(services.store).append(
    { envelope, signature, readers: readersOfSetup(state, author) },
    message,
    now,
  );
}

/** The registry, the author, administrators and auditors read setup entries. */
function readersOfSetup(state: OrganisationState, author: string): string[] {
  const readers = new Set([REGISTRY_PRINCIPAL, author]);
  for (const person of Object.values(state.people))
    if (hasRole(person, 'admin') || hasRole(person, 'auditor')) readers.add(person.id);
  return [...readers].sort();
}

/** What a change is about, as the audit log files it: a person, a group, a post, a series, a conference. */
function subjectOfChange(change: SetupChange): string | null {
  if ('group' in change) return change.group;
  if ('id' in change) return change.id;
  if ('code' in change) return change.code;
  return null;
}

function subjectOf(changes: readonly SetupChange[]): string {
  const first = describeChange(changes[0]!);
  const subject = changes.length === 1 ? first : `${first} and ${changes.length - 1} more`;
  return subject.length <= 200 ? subject : `${subject.slice(0, 199)}…`;
}

/**
 * The first entry of a registry, the registry's own: its post, the series its
 * entries are numbered in, and the registry principal whose key is the server
 * key (the key outside parties pin, as for signed heads). Its tables are
 * written first, since the entry itself is numbered in that series.
 */
async function openRegistry(services: Services, now: string): Promise<OrganisationState> {
  const key = await serverKeyOf(services);
  const changes: SetupChange[] = [
    { op: 'post.create', id: REGISTRY_PRINCIPAL, name: 'The registry', place: '', zone: 'UTC' },
    {
      op: 'series.create',
      code: 'REG',
      name: 'Registry entries',
      fromPost: REGISTRY_PRINCIPAL,
      toPost: null,
    },
    {
      op: 'person.create',
      id: REGISTRY_PRINCIPAL,
      name: 'The registry',
      title: 'The operator at the console',
      post: REGISTRY_PRINCIPAL,
      publicKey: key.publicKey,
      roles: [],
      clearance: (await organisationState(services.store)).classifications.at(-1)!,
      at: now,
    },
  ];
  const genesis = structuredClone(await organisationState(services.store));
  applySetup(genesis, changes, {
    seq: (await services.store.registry.head()).seq + 1,
    at: now,
    author: REGISTRY_PRINCIPAL,
  });
  // No one logs in as the registry: an empty password hash never verifies.
  const secrets = new Map([
    [REGISTRY_PRINCIPAL, { passwordHash: '', privateKeySealed: key.privateKeySealed }],
  ]);
  await services.store.directory.project(genesis, secrets);
  await signAndAppend(services, REGISTRY_PRINCIPAL, changes, now);
  return organisationState(services.store);
}

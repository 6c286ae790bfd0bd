import {
  audienceSeries,
  canonicalSignedEnvelope,
  DomainError,
  hasRole,
  type OrganisationState,
  REGISTRY_PRINCIPAL,
  type ReleasePayload,
  type SignedEnvelope,
  type WithdrawalPayload,
} from '../../../core/index.js';
import { registrationQueueOf } from '../../cables/registration-queue.js';
import { serverKeyOf } from '../../integrity/sign-registry-head.js';
import { sha256Hex } from '../../keyring.js';
import { organisationState } from '../../organisation/organisation-state.js';
import type { Services } from '../../services.js';

/** On whose authority a release is made: an archivist signed in, or the operator at the console (the registry's key). */
export type ReleaseAuthority = { archivist: string } | { operator: true };

/** Refuses `forbidden` unless the authority is the operator's or a current archivist's; returns the author who signs. */
export async function requireArchivist(services: Services, authority: ReleaseAuthority): Promise<string> {
  if ('operator' in authority) return REGISTRY_PRINCIPAL;
  const state = await organisationState(services.store);
  if (!hasRole(state.people[authority.archivist], 'archivist'))
    throw new DomainError('forbidden', 'Only an archivist may release cables or withdraw a release.');
  return authority.archivist;
}

/** May this person see release entries and the list of releases: an archivist, an administrator or an auditor? */
export async function canSeeReleases(services: Services, person: string): Promise<boolean> {
  const state = await organisationState(services.store);
  return (['archivist', 'admin', 'auditor'] as const).some((role) => hasRole(state.people[person], role));
}

/**
 * Signs and appends a release or withdrawal entry. Its readers are the
 * registry, its author and every archivist, administrator and auditor; it is
 * numbered in the registry series of that audience (`REG/…`), so no ordinary
 * reader's series shows a gap where it stands (issue 15).
 */
export async function appendReleaseEntry(
  services: Services,
  author: string,
  subject: string,
  body: string,
  payload: ReleasePayload | WithdrawalPayload,
) {
  const state = await organisationState(services.store);
  const readers = readersOfReleases(state, author);
  const envelope: SignedEnvelope = {
    id: services.newId(),
    series: audienceSeries('REG', readers, [REGISTRY_PRINCIPAL], sha256Hex),
    author,
    alias: null,
    to: [REGISTRY_PRINCIPAL],
    info: [],
    exclude: [],
    via: null,
    precedence: 'ROUTINE',
    classification: state.classifications[0]!,
    captions: [],
    kind: 'release',
    subject: subject.length <= 200 ? subject : `${subject.slice(0, 199)}…`,
    issues: [],
    conference: null,
    inReplyTo: null,
    refs: [],
    body,
    payload: payload as unknown as SignedEnvelope['payload'],
  };
  const keys =
    author === REGISTRY_PRINCIPAL
      ? await serverKeyOf(services)
      : await services.store.directory.keysOf(author);
  if (!keys) throw new DomainError('unauthenticated', 'The author is not a registered person.');
  const message = canonicalSignedEnvelope(envelope);
  const signature = services.keyring.sign(keys.privateKeySealed, message);
  if (!services.keyring.verify(keys.publicKey, message, signature))
    throw new DomainError('registry-broken', `The signing key of ${author} does not match their public key.`);
  return registrationQueueOf(services.store).append(
    { envelope, signature, readers },
    message,
    services.now(),
  );
}

function readersOfReleases(state: OrganisationState, author: string): string[] {
  const readers = new Set([REGISTRY_PRINCIPAL, author]);
  for (const person of Object.values(state.people))
    if ((['archivist', 'admin', 'auditor'] as const).some((role) => hasRole(person, role)))
      readers.add(person.id);
  return [...readers].sort();
}

import { DomainError, notFound } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';

/**
 * Disabling a person: the registry clerk's answer to a lost laptop or a
 * departure. A disabled person cannot sign in, every session and API token
 * they held is ended, and their live streams close at once. Their cables, keys
 * and memberships stay as they are: a disabled person's cables still verify.
 *
 * Every other part of plenipo asks only `isPersonDisabled`, so where the flag
 * lives (today the `disabled_people` table) can change — e.g. into the signed
 * organisation entries of the registry — without touching them.
 */

/** Whether the person is disabled now. */
export async function isPersonDisabled(services: Services, personId: string): Promise<boolean> {
  return (await services.store.auth.disablement(personId)) !== null;
}

/** Refuses a sign-in by a disabled person (whose password was right), audited. */
export async function refuseDisabledPerson(services: Services, personId: string): Promise<void> {
  if (!(await isPersonDisabled(services, personId))) return;
  await recordAudit(services, null, 'login-failed', personId, { disabled: true });
  throw new DomainError(
    'disabled',
    'This person is disabled; an administrator (the registry clerk) can enable them again.',
  );
}

export interface PersonStatus {
  person: string;
  disabled: boolean;
  /** Since when, and by which administrator (null: the operator at the console), while disabled. */
  disabledAt: string | null;
  disabledBy: string | null;
}

/** Disables a person now: sign-in refused, every session and API token ended, every live stream closed. */
export async function disablePerson(
  services: Services,
  authority: Authority,
  personId: string,
): Promise<PersonStatus> {
  const actor = await requireAdmin(services, authority);
  await requirePerson(services, personId);
  if (actor === personId) {
    throw new DomainError('conflict', 'An administrator cannot disable themselves.');
  }
  const at = services.now();
  const current = await services.store.auth.disablement(personId);
  const disablement = current ?? { at, by: actor };
  if (!current) await services.store.auth.setDisablement(personId, disablement);
  await services.store.auth.endCredentialsOf(personId, at);
  services.streams.endPerson(personId);
  await recordAudit(services, actor, 'person.disable', personId);
  return { person: personId, disabled: true, disabledAt: disablement.at, disabledBy: disablement.by };
}

/** Enables a disabled person again: they may sign in anew (the sessions and tokens they had stay ended). */
export async function enablePerson(
  services: Services,
  authority: Authority,
  personId: string,
): Promise<PersonStatus> {
  const actor = await requireAdmin(services, authority);
  await requirePerson(services, personId);
  await services.store.auth.setDisablement(personId, null);
  await recordAudit(services, actor, 'person.enable', personId);
  return { person: personId, disabled: false, disabledAt: null, disabledBy: null };
}

async function requirePerson(services: Services, personId: string): Promise<void> {
  if (!(await directorySnapshot(services.store)).personById.has(personId)) throw notFound('person');
}

import { notFound, REGISTRY_PRINCIPAL } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import { organisationState } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';
import { hashPassword } from './password-hashing.js';

/**
 * Sets a person's password: the first for someone a setup file created, or a
 * reset. Secret, so never chained; audited without the password.
 */
export async function setPassword(
  services: Services,
  authority: Authority,
  personId: string,
  password: string,
) {
  const actor = await requireAdmin(services, authority);
  const person = (await organisationState(services.store)).people[personId];
  if (!person || person.endedAt !== null || personId === REGISTRY_PRINCIPAL) throw notFound('person');
  await services.store.directory.setPassword(personId, await hashPassword(password));
  await recordAudit(services, actor, 'password.set', personId);
}

import { DomainError, hasRole } from '../../core/index.js';
import type { Services } from '../services.js';
import { directorySnapshot } from './directory-snapshot.js';

/**
 * On whose authority the registry clerk's work is done (PRODUCT.md §Who uses
 * it: people, groups, verification): a signed-in person, who must be an
 * administrator, or the operator at the server's console, who holds the
 * database file and its key and so every power anyway.
 */
export type Authority = { admin: string } | { operator: true };

/** The operator at the console: the CLI's `users` and `audit` commands. */
export const OPERATOR: Authority = { operator: true };

/**
 * Refuses `forbidden` unless the authority is the operator's or a current
 * administrator's: deny by default. Returns the actor the audit log names,
 * the administrator or null for the operator.
 */
export async function requireAdmin(services: Services, authority: Authority): Promise<string | null> {
  if ('operator' in authority) return null;
  const person = (await directorySnapshot(services.store)).personById.get(authority.admin);
  if (!person?.isAdmin) {
    throw new DomainError('forbidden', 'Only an administrator (the registry clerk) may do this.');
  }
  return person.id;
}

/**
 * Is `personId` an auditor, who may see the registry's internals: chain
 * positions, hashes, heads and totals (PRODUCT.md §Who uses it)? Everyone else
 * is shown only what does not change when cables they may not read exist
 * (issue 12, finding 2). A person with the auditor role is; so, for now, is an
 * administrator, who holds the registry clerk's powers and reads every setup
 * entry anyway.
 */
export async function isAuditor(services: Services, personId: string): Promise<boolean> {
  const { state } = await directorySnapshot(services.store);
  const person = state.people[personId];
  return hasRole(person, 'auditor') || hasRole(person, 'admin');
}

/** Refuses `forbidden` unless `personId` is an auditor: deny by default. */
export async function requireAuditor(services: Services, personId: string): Promise<void> {
  if (!(await isAuditor(services, personId))) {
    throw new DomainError('forbidden', "Only an auditor may see the registry's internals.");
  }
}

import { checkRegistryHoldsHead } from '../../core/index.js';
import { OPERATOR } from '../organisation/authority.js';
import type { Services } from '../services.js';
import { verifyAuditLog } from './verify-audit-log.js';
import { verifyRegistry } from './verify-registry.js';

/**
 * What a server checks before it answers anyone (issue 12, findings 3 and 4):
 * the registry still holds the head it signed last, the whole chain verifies
 * under keys pinned back to the server key, and every table that carries
 * meaning is what the chain makes it, and the audit log holds its signed head. Returns why the registry must not be
 * served, or null. A server that refused to start says so and serves nothing:
 * edited meaning is never served, and no head is signed over it.
 */
export async function verifyBeforeServing(
  services: Services,
  onProgress: (checked: number, total: number) => void = () => {},
): Promise<string | null> {
  const { heads, registry } = services.store;
  const latest = await heads.latest();
  if (latest) {
    const fault = checkRegistryHoldsHead(latest, await heads.heldAt(latest.seq), await registry.head());
    if (fault) return `against the head it signed last: ${fault.fault}: ${fault.message}`;
  }
  const { fault } = await verifyRegistry(services, onProgress);
  if (fault) return `${fault.number} (position ${fault.seq}): ${fault.fault}: ${fault.message}`;
  // The audit log too: one whose last entries were deleted hides who read and changed what.
  const audit = (await verifyAuditLog(services, OPERATOR)).fault;
  if (audit) return `audit entry ${audit.seq} (${audit.action}): ${audit.fault}: ${audit.message}`;
  return null;
}

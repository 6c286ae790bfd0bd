import { AuditChainVerifier, type AuditEntryFault } from '../../core/index.js';
import { sha256Hex } from '../keyring.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import type { Services } from '../services.js';

const BATCH = 1000;

/**
 * Recomputes the audit log's hash chain, oldest entry first, and names the
 * first entry that does not hold (edited, inserted or deleted).
 */
export async function verifyAuditLog(
  services: Services,
  authority: Authority,
  onProgress: (checked: number) => void = () => {},
): Promise<{ checked: number; fault: AuditEntryFault | null }> {
  await requireAdmin(services, authority);
  const verifier = new AuditChainVerifier(sha256Hex);
  let checked = 0;
  for await (const batch of services.store.audit.scan(BATCH)) {
    for (const entry of batch) {
      const fault = verifier.check(entry);
      if (fault) return { checked, fault };
      checked += 1;
    }
    onProgress(checked);
  }
  return { checked, fault: null };
}

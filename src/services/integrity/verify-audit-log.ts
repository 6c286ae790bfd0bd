import {
  AuditChainVerifier,
  type AuditEntryFault,
  canonicalAuditHeadStatement,
  checkSignedHead,
  type HeadStatement,
  type SignedHeadFault,
} from '../../core/index.js';
import { sha256Hex } from '../keyring.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import type { Services } from '../services.js';

const BATCH = 1000;

export interface AuditVerifyResult {
  checked: number;
  /** The first entry that does not hold, or where the log fails the audit head signed last. */
  fault: AuditEntryFault | null;
  /** With an exported audit head: what is wrong with it or with the log against it, else null. */
  headFault?: SignedHeadFault | null;
}

/**
 * Recomputes the audit log's hash chain, oldest entry first, and names the
 * first entry that does not hold (edited, inserted or deleted); then checks
 * that the log still holds the audit head the server signed last, so deleting
 * the last entries fails too (issue 12, finding 4). With `exported`, an audit
 * head kept outside (`plenipo audit --head`), checks the log against it as well.
 */
export async function verifyAuditLog(
  services: Services,
  authority: Authority,
  onProgress: (checked: number) => void = () => {},
  exported?: unknown,
): Promise<AuditVerifyResult> {
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
  const latest = await services.store.audit.latestHead();
  const fault = latest ? await holdsAuditHead(services, latest) : null;
  if (exported === undefined) return { checked, fault };
  const serverKey = await services.store.heads.serverKey();
  const parsed = checkSignedHead(
    exported,
    serverKey?.publicKey ?? null,
    (publicKey, message, signature) => services.keyring.verify(publicKey, message, signature),
    canonicalAuditHeadStatement,
  );
  if (parsed.fault) return { checked, fault, headFault: parsed.fault };
  const against = await holdsAuditHead(services, parsed.head);
  return {
    checked,
    fault,
    headFault: against && {
      seq: against.seq,
      fault: against.fault === 'truncated' ? 'truncated' : 'rewritten',
      message: against.message,
    },
  };
}

/** Whether the log still holds an entry at the head's position with the head's hash. */
export async function holdsAuditHead(
  services: Services,
  head: HeadStatement,
): Promise<AuditEntryFault | null> {
  const held = await services.store.audit.hashAt(head.seq);
  if (held === head.hash) return null;
  const last = (await services.store.audit.head()).seq;
  return {
    seq: head.seq,
    at: head.signedAt,
    action: 'signed audit head',
    fault: held === null ? 'truncated' : 'rewritten',
    message:
      held === null
        ? `the log ends at entry ${last}, but the audit head signed at ${head.signedAt} attests an entry ${head.seq}`
        : `entry ${head.seq} has hash ${held}, but the audit head signed at ${head.signedAt} attests ${head.hash}`,
  };
}

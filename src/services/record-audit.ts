import { canonicalJson } from '../core/index.js';
import type { AuditEntry } from '../store/store.js';
import { sha256Hex } from './keyring.js';
import type { Services } from './services.js';

/** Actions the audit log records. */
export type AuditAction =
  | 'cable.read'
  | 'cable.read-refused'
  | 'registry.export'
  | 'registry.import'
  | 'login'
  | 'login-failed'
  | 'token.create'
  | 'token.revoke'
  | 'person.create'
  | 'group.create'
  | 'membership.create';

/** Appends an entry to the hash-chained audit log. */
export async function recordAudit(
  services: Services,
  actor: string | null,
  action: AuditAction,
  subject: string | null,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await services.store.audit.append(
    { at: services.now(), actor, action, subject, detail },
    (entry: Omit<AuditEntry, 'hash'>) => sha256Hex(canonicalJson(entry)),
  );
}

import type { SetupOp } from '../../core/index.js';
import { auditEntryHash } from '../../core/index.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';

/** Actions the audit log records. */
export type AuditAction =
  | 'cable.read'
  | 'cable.read-refused'
  | 'cables.export'
  | 'registry.export'
  | 'registry.import'
  | 'registry.backup'
  | 'registry.verify'
  | 'registry.restore'
  | 'login'
  | 'login-failed'
  | 'login-locked'
  | 'login.unlock'
  | 'token.create'
  | 'token.revoke'
  | 'person.disable'
  | 'person.enable'
  | SetupOp
  | 'verdicts.reevaluate'
  | 'password.set'
  | 'digest.schedule'
  | 'email.choice'
  | 'cable.acknowledge'
  | 'cable.acknowledge-refused'
  | 'cable.reading'
  | 'precedence-scheme.set'
  | 'release.record'
  | 'release.withdraw'
  | 'released.read'
  | 'released.export';

// Text is stored as UTF-8, where a lone surrogate becomes U+FFFD; seal what will be stored, or the entry
// would fail verification later. (The detail is stored as JSON, whose escapes keep lone surrogates intact.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const asStored = <T extends string | null>(text: T): T =>
  (text === null ? null : text.replace(LONE_SURROGATE, '\uFFFD')) as T;

/** Appends an entry to the hash-chained audit log. */
export async function recordAudit(
  services: Services,
  actor: string | null,
  action: AuditAction,
  subject: string | null,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await services.store.audit.append(
    { at: services.now(), actor: asStored(actor), action, subject: asStored(subject), detail },
    (entry) => auditEntryHash(entry, sha256Hex),
  );
}

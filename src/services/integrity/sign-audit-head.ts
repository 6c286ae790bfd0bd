import {
  canonicalAuditHeadStatement,
  checkSignedHead,
  DomainError,
  type SignedHead,
  signAuditHead,
} from '../../core/index.js';
import { OPERATOR } from '../organisation/authority.js';
import type { Services } from '../services.js';
import { serverKeyOf } from './server-key.js';
import { verifyAuditLog } from './verify-audit-log.js';

/**
 * Signs the audit log's head with the server key, as the registry head is
 * signed, unless the head signed last is still the head; refuses, as
 * `registry-broken`, a log that does not verify or no longer holds the head
 * signed last. Returns the latest signed audit head (null while the log is
 * empty) and whether it is new: the file an outside party keeps.
 */
export async function signAuditLogHead(
  services: Services,
): Promise<{ head: SignedHead | null; signed: boolean }> {
  const { audit } = services.store;
  const [current, latest] = await Promise.all([audit.head(), audit.latestHead()]);
  if (latest && latest.seq === current.seq && latest.hash === current.hash)
    return { head: latest, signed: false };
  const { fault } = await verifyAuditLog(services, OPERATOR);
  if (fault)
    throw new DomainError(
      'registry-broken',
      `Refusing to sign the audit log's head: entry ${fault.seq} (${fault.action}): ${fault.fault}: ${fault.message}.`,
    );
  if (current.seq === 0) return { head: null, signed: false };
  const key = await serverKeyOf(services);
  const head = signAuditHead(current, services.now(), key.publicKey, (message) =>
    services.keyring.sign(key.privateKeySealed, message),
  );
  const checked = checkSignedHead(
    head,
    key.publicKey,
    (publicKey, message, signature) => services.keyring.verify(publicKey, message, signature),
    canonicalAuditHeadStatement,
  );
  if (checked.fault)
    throw new Error(`the server key made an unusable audit head signature: ${checked.fault.message}`);
  await audit.appendHead(head);
  return { head, signed: true };
}

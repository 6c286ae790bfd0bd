import {
  checkRegistryHoldsHead,
  checkSignedHead,
  DomainError,
  notFound,
  type SignedHead,
  signHead,
} from '../../core/index.js';
import type { Services } from '../services.js';
import { serverKeyOf } from './server-key.js';
import { signAuditLogHead } from './sign-audit-head.js';
import { verifiedHeadOf, verifyRegistry } from './verify-registry.js';

export { serverKeyOf } from './server-key.js';

/**
 * Signs the registry head with the server key and stores the signed head,
 * unless the head signed last is still the head. Refuses, as `registry-broken`,
 * a registry that no longer holds the head signed last, or that does not
 * verify (issue 12, finding 3): signing it would attest a truncated, rewritten
 * or re-signed registry with the real server key. The whole registry is
 * verified the first time in a process, and from then on only what came after
 * the cable verified last. Returns the latest signed head (null while the
 * registry holds no cable) and whether it is new.
 */
export async function signRegistryHead(
  services: Services,
): Promise<{ head: SignedHead | null; signed: boolean }> {
  const { registry, heads } = services.store;
  const [current, latest] = await Promise.all([registry.head(), heads.latest()]);
  if (latest && latest.seq === current.seq && latest.hash === current.hash)
    return { head: latest, signed: false };
  if (latest) {
    const fault = checkRegistryHoldsHead(latest, await heads.heldAt(latest.seq), current);
    if (fault)
      throw new DomainError('registry-broken', `Refusing to sign the registry head: ${fault.message}.`);
  }
  if (current.seq === 0) return { head: null, signed: false };
  const { fault } = await verifyRegistry(services, undefined, { resume: true });
  if (fault)
    throw new DomainError(
      'registry-broken',
      `Refusing to sign the registry head: ${fault.number} (position ${fault.seq}) does not verify: ${fault.fault}: ${fault.message}.`,
    );
  // What was verified, which may reach past the head read above if cables came in meanwhile.
  const verified = verifiedHeadOf(services.store)!;
  const key = await serverKeyOf(services);
  const head = signHead(verified, services.now(), key.publicKey, (message) =>
    services.keyring.sign(key.privateKeySealed, message),
  );
  // As with a cable: check the signature before storing it, so a damaged sealed key never yields a bad head.
  const checked = checkSignedHead(head, key.publicKey, (publicKey, message, signature) =>
    services.keyring.verify(publicKey, message, signature),
  );
  if (checked.fault)
    throw new Error(`the server key made an unusable head signature: ${checked.fault.message}`);
  await heads.append(head);
  return { head, signed: true };
}

/** The head the server signed last, for anyone signed in; not found before the first. */
export async function latestSignedHead(services: Services): Promise<SignedHead> {
  const head = await services.store.heads.latest();
  if (!head) throw notFound('signed registry head');
  return head;
}

/**
 * Signs the registry head and the audit log's head now and then every `intervalMs` (a running server's routine);
 * one signing at a time. `stop()` ends the routine after signing once more,
 * so the head at shutdown is signed too. Failures go to `onError`, and the
 * routine goes on.
 */
export async function signHeadsPeriodically(
  services: Services,
  intervalMs: number,
  onError: (error: unknown) => void,
): Promise<{ stop(): Promise<void> }> {
  let last: Promise<unknown> = Promise.resolve();
  const signNow = () => {
    // The audit log's head is signed beside the registry's, whatever became of the other.
    last = last
      .then(() => signRegistryHead(services))
      .catch(onError)
      .then(() => signAuditLogHead(services))
      .catch(onError);
    return last;
  };
  await signNow();
  const timer = setInterval(signNow, intervalMs);
  // The server keeps the process alive; the signing routine alone must not.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await signNow();
    },
  };
}

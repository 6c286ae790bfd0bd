import {
  checkRegistryHoldsHead,
  checkSignedHead,
  type SignedHead,
  type SignedHeadFault,
} from '../../core/index.js';
import type { Services } from '../services.js';
import { type VerifyResult, verifyRegistry } from './verify-registry.js';

export interface HeadVerifyResult {
  /** The walk of the whole chain, as plain verify makes it. */
  chain: VerifyResult;
  /** The head as parsed, when it parsed. */
  head: SignedHead | null;
  /** What is wrong with the head, or with the registry measured against it; null when the registry holds it. */
  fault: SignedHeadFault | null;
}

/**
 * Verifies the registry against a signed head kept outside it (an exported
 * file): the head's signature holds under the server key the registry holds
 * and the file prints; the registry still holds a cable at the head's
 * position with the head's hash; and the chain verifies up to and past it.
 * A registry whose last cables were deleted, or which was rewritten and
 * rehashed, even re-signed, fails at the head's position.
 */
export async function verifyRegistryHead(
  services: Services,
  exported: unknown,
  onProgress: (checked: number, total: number) => void = () => {},
): Promise<HeadVerifyResult> {
  const { heads, registry } = services.store;
  const serverKey = await heads.serverKey();
  const checked = checkSignedHead(exported, serverKey?.publicKey ?? null, (publicKey, message, signature) =>
    services.keyring.verify(publicKey, message, signature),
  );
  const chain = await verifyRegistry(services, onProgress);
  if (checked.fault) return { chain, head: null, fault: checked.fault };
  const [held, last] = await Promise.all([heads.heldAt(checked.head.seq), registry.head()]);
  return { chain, head: checked.head, fault: checkRegistryHoldsHead(checked.head, held, last) };
}

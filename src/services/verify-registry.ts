import { type CableFault, ChainVerifier } from '../core/index.js';
import { sha256Hex } from './keyring.js';
import type { Services } from './services.js';

export interface VerifyResult {
  checked: number;
  total: number;
  /** The first cable that does not hold, or null when all do. */
  fault: CableFault | null;
}

/**
 * Recomputes every chain hash and checks every signature and readers index,
 * in chain order, stopping at the first cable that does not hold.
 */
export async function verifyRegistry(
  services: Services,
  onProgress: (checked: number, total: number) => void = () => {},
): Promise<VerifyResult> {
  const total = await services.store.registry.count();
  const keys = await services.store.directory.publicKeys();
  const verifier = new ChainVerifier(sha256Hex, (author, message, signature) => {
    const key = keys.get(author);
    return key !== undefined && services.keyring.verify(key, message, signature);
  });
  let checked = 0;
  for await (const batch of services.store.registry.scan(1000)) {
    for (const scanned of batch) {
      const fault = scanned.cable
        ? verifier.check(scanned.cable, scanned.indexedReaders)
        : {
            seq: scanned.seq,
            number: scanned.number,
            fault: 'unreadable' as const,
            message: scanned.problem,
          };
      if (fault) return { checked, total, fault };
      checked += 1;
    }
    onProgress(checked, total);
  }
  return { checked, total, fault: null };
}

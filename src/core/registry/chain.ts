import type { Cable } from '../cable/cable.js';
import { canonicalChainedEnvelope } from '../cable/canonical-envelope.js';

/** SHA-256 of a UTF-8 string, hex. Passed in so the core stays free of I/O. */
export type Sha256 = (text: string) => string;

/** The previous head of the first cable: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The head of the registry: the last cable's position and hash. */
export interface RegistryHead {
  seq: number;
  hash: string;
}

export const EMPTY_REGISTRY: RegistryHead = { seq: 0, hash: GENESIS_HASH };

/**
 * The chain hash of a cable: SHA-256 over its canonical chained envelope (which includes the previous head).
 * Pass `signedEnvelope` when the cable's canonical signed envelope is already at hand.
 */
export function chainHash(cable: Omit<Cable, 'hash'>, sha256: Sha256, signedEnvelope?: string): string {
  return sha256(canonicalChainedEnvelope(cable, signedEnvelope));
}

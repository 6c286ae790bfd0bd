import type { Cable } from '../cable/cable.js';
import { canonicalSignedEnvelope } from '../cable/canonical-envelope.js';
import { chainHash, EMPTY_REGISTRY, type RegistryHead, type Sha256 } from './chain.js';

/** Checks an author's Ed25519 signature over a message. Passed in: the core does no crypto itself. */
export type VerifySignature = (author: string, message: string, signatureBase64: string) => boolean;

export const FAULTS = [
  'out-of-order',
  'broken-link',
  'hash-mismatch',
  'bad-signature',
  'readers-mismatch',
  'unreadable',
] as const;
export type Fault = (typeof FAULTS)[number];

/** The first thing wrong with a stored cable, naming it. */
export interface CableFault {
  seq: number;
  number: string;
  fault: Fault;
  message: string;
}

/**
 * Walks the registry one cable at a time, in chain order, and reports the
 * first fault of each cable: a gap or repeat in positions, a link that does not
 * point at the previous hash, a hash that does not match the envelope, a
 * signature that does not match the author's key, or an index of readers that
 * differs from the readers the hash covers.
 */
export class ChainVerifier {
  #head: RegistryHead = EMPTY_REGISTRY;

  constructor(
    private readonly sha256: Sha256,
    private readonly verifySignature: VerifySignature,
  ) {}

  get head(): RegistryHead {
    return this.#head;
  }

  /** Checks the next cable; `indexedReaders` is the separate readers index the store keeps, if any. */
  check(cable: Cable, indexedReaders?: readonly string[]): CableFault | null {
    const fault = this.#faultOf(cable, indexedReaders);
    // The walk goes on from what is stored, so one bad cable is named once, not blamed on all after it.
    this.#head = { seq: cable.seq, hash: cable.hash };
    return fault;
  }

  #faultOf(cable: Cable, indexedReaders?: readonly string[]): CableFault | null {
    const at = (fault: Fault, message: string): CableFault => ({
      seq: cable.seq,
      number: cable.number,
      fault,
      message,
    });
    if (cable.seq !== this.#head.seq + 1) {
      return at('out-of-order', `expected position ${this.#head.seq + 1}, found ${cable.seq}`);
    }
    if (cable.prevHash !== this.#head.hash) {
      return at('broken-link', 'does not link to the hash of the cable before it');
    }
    if (chainHash(cable, this.sha256) !== cable.hash) {
      return at('hash-mismatch', 'its stored contents do not match its chain hash');
    }
    if (!this.verifySignature(cable.author, canonicalSignedEnvelope(cable), cable.signature)) {
      return at('bad-signature', `the signature does not verify under ${cable.author}'s key`);
    }
    // The index is a set of deliveries: compare it in one order, whatever order the store lists it in.
    if (indexedReaders && [...indexedReaders].sort().join('\n') !== [...cable.readers].sort().join('\n')) {
      return at(
        'readers-mismatch',
        'the readers index differs from the readers the cable was registered with',
      );
    }
    return null;
  }
}

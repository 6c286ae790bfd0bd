import type { Cable } from '../cable/cable.js';
import { canonicalSignedEnvelope } from '../cable/canonical-envelope.js';
import type { SetupLedger } from '../organisation/setup-ledger.js';
import { chainHash, EMPTY_REGISTRY, type RegistryHead, type Sha256 } from './chain.js';

/** Checks an author's Ed25519 signature over a message. Passed in: the core does no crypto itself. */
export type VerifySignature = (
  author: string,
  message: string,
  signatureBase64: string,
  /** With a setup ledger: the key in force for the author at the cable's position (null: none). */
  publicKey?: string | null,
) => boolean;

export const FAULTS = [
  'out-of-order',
  'broken-link',
  'hash-mismatch',
  'bad-signature',
  'readers-mismatch',
  'setup-invalid',
  'projection-mismatch',
  'unanchored',
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
 * One cable walked up to its signature, which is left to be checked apart (on
 * another thread, say): `concludeCable` then gives the cable's first fault.
 */
export interface WalkedCable {
  seq: number;
  number: string;
  author: string;
  /** The canonical signed envelope: the text the signature covers. */
  message: string;
  signature: string;
  /** With a setup ledger: the key that must have signed it, as the chain pins it. */
  publicKey?: string | null;
  /** A fault found before the signature (position, link, hash): it stands whatever the signature. */
  beforeSignature: CableFault | null;
  /** A fault found after the signature (the readers index): it counts only if the signature holds. */
  afterSignature: CableFault | null;
}

/** The first fault of a walked cable, in the verifier's order, once it is known whether its signature holds. */
export function concludeCable(walked: WalkedCable, signatureHolds: boolean): CableFault | null {
  if (walked.beforeSignature || signatureHolds) return walked.beforeSignature ?? walked.afterSignature;
  return {
    seq: walked.seq,
    number: walked.number,
    fault: 'bad-signature',
    message: `the signature does not verify under ${walked.author}'s key`,
  };
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
    /** Pins each author's key to the chain's setup entries and checks that each entry applies. */
    private readonly ledger?: SetupLedger,
  ) {}

  get head(): RegistryHead {
    return this.#head;
  }

  /** Checks the next cable; `indexedReaders` is the separate readers index the store keeps, if any. */
  check(cable: Cable, indexedReaders?: readonly string[]): CableFault | null {
    const walked = this.walk(cable, indexedReaders);
    if (walked.beforeSignature) return walked.beforeSignature;
    return concludeCable(
      walked,
      this.verifySignature(walked.author, walked.message, walked.signature, walked.publicKey),
    );
  }

  /**
   * Checks the next cable in everything but its signature, which the caller
   * checks (in any order, on any thread) and hands to `concludeCable`.
   */
  walk(cable: Cable, indexedReaders?: readonly string[]): WalkedCable {
    const at = (fault: Fault, message: string): CableFault => ({
      seq: cable.seq,
      number: cable.number,
      fault,
      message,
    });
    const message = canonicalSignedEnvelope(cable);
    const walked: WalkedCable = {
      seq: cable.seq,
      number: cable.number,
      author: cable.author,
      message,
      signature: cable.signature,
      beforeSignature: this.#faultBeforeSignature(cable, message, at),
      afterSignature: null,
    };
    if (this.ledger) {
      walked.publicKey = this.ledger.keyFor(cable);
      const refused = this.ledger.observe(cable);
      if (refused) walked.afterSignature = at('setup-invalid', refused);
    }
    // The index is a set of deliveries: compare it in one order, whatever order the store lists it in.
    if (indexedReaders && [...indexedReaders].sort().join('\n') !== [...cable.readers].sort().join('\n')) {
      walked.afterSignature = at(
        'readers-mismatch',
        'the readers index differs from the readers the cable was registered with',
      );
    }
    // The walk goes on from what is stored, so one bad cable is named once, not blamed on all after it.
    this.#head = { seq: cable.seq, hash: cable.hash };
    return walked;
  }

  #faultBeforeSignature(
    cable: Cable,
    signedEnvelope: string,
    at: (fault: Fault, message: string) => CableFault,
  ): CableFault | null {
    if (cable.seq !== this.#head.seq + 1) {
      return at('out-of-order', `expected position ${this.#head.seq + 1}, found ${cable.seq}`);
    }
    if (cable.prevHash !== this.#head.hash) {
      return at('broken-link', 'does not link to the hash of the cable before it');
    }
    if (chainHash(cable, this.sha256, signedEnvelope) !== cable.hash) {
      return at('hash-mismatch', 'its stored contents do not match its chain hash');
    }
    return null;
  }
}

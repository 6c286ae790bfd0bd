import type { Cable } from '../cable/cable.js';
import { canonicalJson } from '../cable/canonical-envelope.js';
import type { SignedHead } from '../registry/signed-head.js';

/** The format a bundle names in its first field; a checker refuses any other. */
export const BUNDLE_FORMAT = 'plenipo-bundle/1';

/**
 * An author's key as the chain pinned it: `publicKey` signs `person`'s cables
 * after chain position `fromSeq`, the setup entry `pinnedBy` that set it,
 * until the next pin of the same person.
 */
export interface KeyPin {
  person: string;
  publicKey: string;
  fromSeq: number;
  pinnedBy: string;
}

/**
 * What the server attests beside a signed registry head: the Merkle tree over
 * the chain hashes of the head's `size` cables has `root`, its last leaf is
 * the head's hash, and these keys were pinned by the chain as stated.
 */
export interface TreeHead {
  size: number;
  headHash: string;
  root: string;
  keys: KeyPin[];
}

/** A tree head with the server's signature over `canonicalTreeStatement`, and the last leaf's proof. */
export interface SignedTreeHead extends TreeHead {
  headProof: string[];
  signature: string;
}

/** One cable of a bundle as registered (chain position, hash and all) and the proof that it is in the tree. */
export interface BundledCable {
  cable: Cable;
  proof: string[];
}

/**
 * A verifiable bundle: cables a reader may read, each checkable offline
 * against the server key alone (docs/security.md §Verifiable bundles).
 */
export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  /** Base64 of the server's raw Ed25519 public key, which signs `head` and `tree`. */
  serverKey: string;
  head: SignedHead;
  tree: SignedTreeHead;
  cables: BundledCable[];
  /** Registry numbers of READ-OUT cables selected but left out: shown, never exported (PRODUCT.md §Cable). */
  withheld: string[];
}

/**
 * The exact text the server signs for a tree head: RFC 8785 canonical JSON
 * with a `statement` field no registry or audit head carries, so that neither
 * signature can pass for the other.
 */
export function canonicalTreeStatement(tree: TreeHead): string {
  return canonicalJson({
    statement: 'plenipo-tree-head',
    size: tree.size,
    headHash: tree.headHash,
    root: tree.root,
    keys: tree.keys.map(({ person, publicKey, fromSeq, pinnedBy }) => ({
      person,
      publicKey,
      fromSeq,
      pinnedBy,
    })),
  });
}

/** The key pinned for `person` that signs at chain position `seq`: the last pin before it. */
export function keyPinnedAt(keys: readonly KeyPin[], person: string, seq: number): KeyPin | null {
  let found: KeyPin | null = null;
  for (const pin of keys) if (pin.person === person && pin.fromSeq < seq) found = pin;
  return found;
}

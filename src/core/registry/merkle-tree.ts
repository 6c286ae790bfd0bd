import type { Sha256 } from './chain.js';

/**
 * A Merkle tree over the chain hashes of the registry's first `size` cables,
 * shaped as in RFC 9162 §2.1.1 (the left subtree holds the largest power of
 * two below the size), so that one cable is proven to be in the tree by about
 * log2(size) hashes of other subtrees, which tell nothing of those cables'
 * contents. Leaves and nodes are hashed as text, with a prefix that keeps a
 * leaf from passing as a node, so the recipe needs nothing but SHA-256:
 *
 * - leaf: `sha256("plenipo-leaf:" + chainHash)`
 * - node: `sha256("plenipo-node:" + left + ":" + right)`
 */
export function leafHash(chainHash: string, sha256: Sha256): string {
  return sha256(`plenipo-leaf:${chainHash}`);
}

export function nodeHash(left: string, right: string, sha256: Sha256): string {
  return sha256(`plenipo-node:${left}:${right}`);
}

/** The root over leaf hashes (already `leafHash`ed); the hash of the empty text for no leaves. */
export function merkleRoot(leaves: readonly string[], sha256: Sha256): string {
  if (leaves.length === 0) return sha256('');
  let level = [...leaves];
  // Pairing from the left and carrying an odd last node up unchanged gives the RFC 9162 shape.
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? nodeHash(level[i]!, level[i + 1]!, sha256) : level[i]!);
    level = next;
  }
  return level[0]!;
}

/** The hashes that lead from leaf `index` (from 0) to the root, nearest first (RFC 9162 §2.1.3.1). */
export function inclusionProof(leaves: readonly string[], index: number, sha256: Sha256): string[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`no leaf ${index} among ${leaves.length}`);
  const proof: string[] = [];
  let level = [...leaves];
  let at = index;
  while (level.length > 1) {
    const sibling = at % 2 === 0 ? at + 1 : at - 1;
    if (sibling < level.length) proof.push(level[sibling]!);
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2)
      next.push(i + 1 < level.length ? nodeHash(level[i]!, level[i + 1]!, sha256) : level[i]!);
    level = next;
    at = Math.floor(at / 2);
  }
  return proof;
}

/**
 * The root that leaf `index` of a tree of `size` leaves leads to through
 * `proof`, or null when the proof has the wrong length for that position
 * (RFC 9162 §2.1.3.2, with this tree's hashing).
 *
 * @example rootFromProof(leaf, 0, 1, [], sha256) === leaf
 */
export function rootFromProof(
  leaf: string,
  index: number,
  size: number,
  proof: readonly string[],
  sha256: Sha256,
): string | null {
  if (!Number.isInteger(index) || index < 0 || index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let hash = leaf;
  for (const sibling of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash, sha256);
      // A node carried up unchanged has no sibling at its level: skip those levels.
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else {
      hash = nodeHash(hash, sibling, sha256);
    }
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 ? hash : null;
}

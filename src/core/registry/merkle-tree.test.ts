import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inclusionProof, leafHash, merkleRoot, nodeHash, rootFromProof } from './merkle-tree.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const leavesOf = (n: number) =>
  Array.from({ length: n }, (_, i) => leafHash(sha256(`cable ${i + 1}`), sha256));

describe('the Merkle tree over the chain', () => {
  it('splits at the largest power of two below its size, as RFC 9162 does', () => {
    const [a, b, c, d, e] = leavesOf(5) as [string, string, string, string, string];
    const left = nodeHash(nodeHash(a, b, sha256), nodeHash(c, d, sha256), sha256);
    expect(merkleRoot([a, b, c, d, e], sha256)).toBe(nodeHash(left, e, sha256));
  });

  it('proves every cable of every tree up to 33 cables to its root, and no cable at another position', () => {
    for (let size = 1; size <= 33; size++) {
      const leaves = leavesOf(size);
      const root = merkleRoot(leaves, sha256);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(leaves, index, sha256);
        expect(rootFromProof(leaves[index]!, index, size, proof, sha256)).toBe(root);
        if (size > 1) {
          const elsewhere = (index + 1) % size;
          expect(rootFromProof(leaves[index]!, elsewhere, size, proof, sha256)).not.toBe(root);
        }
      }
    }
  });

  it('refuses a proof for a position outside the tree', () => {
    const leaves = leavesOf(4);
    expect(rootFromProof(leaves[0]!, 4, 4, inclusionProof(leaves, 3, sha256), sha256)).toBeNull();
  });
});

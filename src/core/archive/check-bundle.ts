import type { Cable } from '../cable/cable.js';
import { canonicalSignedEnvelope } from '../cable/canonical-envelope.js';
import { chainHash, type Sha256 } from '../registry/chain.js';
import { leafHash, rootFromProof } from '../registry/merkle-tree.js';
import { checkSignedHead, type VerifyKeySignature } from '../registry/signed-head.js';
import {
  BUNDLE_FORMAT,
  type Bundle,
  type BundledCable,
  canonicalTreeStatement,
  keyPinnedAt,
  type SignedTreeHead,
} from './bundle.js';

export const BUNDLE_FAULTS = ['malformed', 'head', 'tree', 'text', 'signature', 'key', 'inclusion'] as const;
export type BundleFaultKind = (typeof BUNDLE_FAULTS)[number];

/** What does not hold in a bundle; `cable` names the cable at fault (its registry number as the bundle prints it). */
export interface BundleFault {
  cable: string | null;
  fault: BundleFaultKind;
  message: string;
}

export interface BundleCheck {
  /** The registry numbers of the cables that hold, in the bundle's order. */
  verified: string[];
  faults: BundleFault[];
  /** The server key the bundle rests on: compare it with the one the registry publishes. */
  serverKey: string | null;
  signedAt: string | null;
}

export interface BundleCrypto {
  sha256: Sha256;
  verify: VerifyKeySignature;
}

/**
 * Checks a bundle offline: the registry head is signed by the server key (the
 * trusted one, when given); the tree head is signed by it too and its last
 * leaf is the head; then for each cable, that its text hashes to its chain
 * hash, that its author's key pinned before it signed it, and that its hash is
 * in the tree. Every cable is checked and each fault named; a bundle holds
 * when there are none.
 */
export function checkBundle(input: unknown, crypto: BundleCrypto, trustedServerKey?: string): BundleCheck {
  const shape = shapeFault(input);
  if (shape) return { verified: [], faults: [shape], serverKey: null, signedAt: null };
  const bundle = input as Bundle;
  const serverKey = trustedServerKey ?? bundle.serverKey;
  const result: BundleCheck = { verified: [], faults: [], serverKey, signedAt: null };
  const head = checkSignedHead(bundle.head, serverKey, crypto.verify);
  if (head.fault) {
    result.faults.push({ cable: null, fault: 'head', message: `the registry head: ${head.fault.message}` });
    return result;
  }
  result.signedAt = head.head.signedAt;
  const treeFault = checkTree(bundle.tree, head.head, serverKey, crypto);
  if (treeFault) {
    result.faults.push({ cable: null, fault: 'tree', message: treeFault });
    return result;
  }
  bundle.cables.forEach((entry, index) => {
    const fault = checkBundledCable(entry, index, bundle.tree, crypto);
    if (fault) result.faults.push(fault);
    else result.verified.push(entry.cable.number);
  });
  return result;
}

function checkTree(
  tree: SignedTreeHead,
  head: { seq: number; hash: string },
  serverKey: string,
  crypto: BundleCrypto,
): string | null {
  if (tree.size !== head.seq || tree.headHash !== head.hash)
    return `the tree head names ${tree.size} cables ending in ${tree.headHash}, not the signed registry head`;
  if (!crypto.verify(serverKey, canonicalTreeStatement(tree), tree.signature))
    return 'the tree head signature does not verify under the server key';
  const root = rootFromProof(
    leafHash(head.hash, crypto.sha256),
    head.seq - 1,
    tree.size,
    tree.headProof,
    crypto.sha256,
  );
  if (root !== tree.root) return "the registry head's hash is not the last leaf of the tree";
  return null;
}

function checkBundledCable(
  { cable, proof }: BundledCable,
  index: number,
  tree: SignedTreeHead,
  crypto: BundleCrypto,
): BundleFault | null {
  const name = typeof cable?.number === 'string' ? cable.number : `cables[${index}]`;
  const fault = (kind: BundleFault['fault'], message: string) => ({ cable: name, fault: kind, message });
  let recomputed: string;
  try {
    const { hash: _stated, ...registered } = cable;
    recomputed = chainHash(registered as Omit<Cable, 'hash'>, crypto.sha256);
  } catch {
    return fault('text', `${name} is not a whole cable`);
  }
  const pin = keyPinnedAt(tree.keys, cable.author, cable.seq);
  if (!pin) return fault('key', `${name}: no key of ${cable.author} is pinned before it`);
  // The chain hash covers the signature, so a changed text or signature breaks both: the signature is named first.
  if (!crypto.verify(pin.publicKey, canonicalSignedEnvelope(cable), cable.signature))
    return fault(
      'signature',
      `${name}: its signed text or its signature was changed: the signature does not verify under ${cable.author}'s key pinned by ${pin.pinnedBy}`,
    );
  if (recomputed !== cable.hash)
    return fault(
      'text',
      `${name}: what the registry added (number, date, readers, position) was changed: it hashes to ${recomputed}, not its chain hash ${cable.hash}`,
    );
  const root = rootFromProof(
    leafHash(cable.hash, crypto.sha256),
    cable.seq - 1,
    tree.size,
    proof,
    crypto.sha256,
  );
  if (root !== tree.root) return fault('inclusion', `${name}: its chain hash is not in the signed tree`);
  return null;
}

/** The first part of the bundle that is not there in the form the checks read, or null. */
function shapeFault(input: unknown): BundleFault | null {
  const malformed = (message: string): BundleFault => ({ cable: null, fault: 'malformed', message });
  if (typeof input !== 'object' || input === null) return malformed('a bundle is a JSON object');
  const bundle = input as Partial<Bundle>;
  if (bundle.format !== BUNDLE_FORMAT) return malformed(`format: not ${BUNDLE_FORMAT}`);
  if (typeof bundle.serverKey !== 'string') return malformed('serverKey: missing');
  const tree = bundle.tree;
  if (
    typeof tree !== 'object' ||
    tree === null ||
    !Array.isArray(tree.keys) ||
    !Array.isArray(tree.headProof) ||
    typeof tree.signature !== 'string'
  )
    return malformed('tree: missing or incomplete');
  if (!Array.isArray(bundle.cables)) return malformed('cables: missing');
  const bad = bundle.cables.findIndex(
    (entry) => typeof entry?.cable !== 'object' || entry.cable === null || !Array.isArray(entry.proof),
  );
  if (bad >= 0) return malformed(`cables[${bad}]: not a cable with its proof`);
  return null;
}

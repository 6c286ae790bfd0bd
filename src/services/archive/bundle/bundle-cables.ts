import {
  BUNDLE_FORMAT,
  type Bundle,
  type Cable,
  canonicalTreeStatement,
  DomainError,
  hasCaption,
  inclusionProof,
  type KeyPin,
  leafHash,
  merkleRoot,
  type TreeHead,
} from '../../../core/index.js';
import { recordAudit } from '../../integrity/record-audit.js';
import { serverKeyOf } from '../../integrity/sign-registry-head.js';
import { sha256Hex } from '../../keyring.js';
import { organisationState } from '../../organisation/organisation-state.js';
import type { Services } from '../../services.js';
import { selectDossier } from '../dossier/dossier-selection.js';
import { headCovering } from './head-covering.js';

/** Cables read from the store at a time while the tree's leaves are gathered. */
const SCAN_BATCH = 2000;

/**
 * A verifiable bundle of the cables a query names, among those `reader` may
 * read: the registry head signed now, a tree head over the chain up to it
 * signed by the server key, and for each cable its inclusion proof and the
 * keys the chain pinned for its author. READ-OUT cables are left out and
 * listed (shown, never exported). The export is audited.
 */
export async function bundleCables(services: Services, reader: string, input: unknown): Promise<Bundle> {
  const selection = await selectDossier(services, reader, input);
  await recordAudit(services, reader, 'cables.export', null, { format: 'bundle', ...(input as object) });
  const head = await headCovering(services, Math.max(...selection.cables.map((cable) => cable.seq)));
  const leaves = await leavesUpTo(services, head.seq);
  const cables = selection.cables.filter((cable) => !hasCaption(cable, 'READ-OUT'));
  const tree: TreeHead = {
    size: head.seq,
    headHash: head.hash,
    root: merkleRoot(leaves, sha256Hex),
    keys: await keysOf(services, cables, head.seq),
  };
  const key = await serverKeyOf(services);
  return {
    format: BUNDLE_FORMAT,
    serverKey: key.publicKey,
    head,
    tree: {
      ...tree,
      headProof: inclusionProof(leaves, head.seq - 1, sha256Hex),
      signature: services.keyring.sign(key.privateKeySealed, canonicalTreeStatement(tree)),
    },
    cables: cables.map((cable) => ({ cable, proof: inclusionProof(leaves, cable.seq - 1, sha256Hex) })),
    withheld: selection.cables.filter((cable) => hasCaption(cable, 'READ-OUT')).map((cable) => cable.number),
  };
}

/** The tree's leaves: the chain hash of every cable up to position `size`, hashed as leaves. */
async function leavesUpTo(services: Services, size: number): Promise<string[]> {
  const leaves: string[] = [];
  for await (const batch of services.store.registry.scan(SCAN_BATCH)) {
    for (const scanned of batch) {
      if (leaves.length === size) return leaves;
      if (!scanned.cable)
        throw new DomainError('registry-broken', `${scanned.number} does not parse: ${scanned.problem}`);
      leaves.push(leafHash(scanned.cable.hash, sha256Hex));
    }
  }
  return leaves;
}

/** Every key the chain pinned for the authors of `cables` up to `size`, named by the setup entry that set it. */
async function keysOf(services: Services, cables: Cable[], size: number): Promise<KeyPin[]> {
  const state = await organisationState(services.store);
  const pins: KeyPin[] = [];
  for (const author of [...new Set(cables.map((cable) => cable.author))].sort()) {
    for (const pinned of state.people[author]?.keys ?? []) {
      if (pinned.fromSeq >= size) continue;
      const entry = await services.store.registry.atSeq(pinned.fromSeq);
      pins.push({
        person: author,
        publicKey: pinned.publicKey,
        fromSeq: pinned.fromSeq,
        pinnedBy: entry?.number ?? `position ${pinned.fromSeq}`,
      });
    }
  }
  return pins;
}

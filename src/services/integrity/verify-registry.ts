import {
  type CableFault,
  ChainVerifier,
  concludeCable,
  type RegistryHead,
  SetupLedger,
  type WalkedCable,
} from '../../core/index.js';
import type { ScannedCable, Store } from '../../store/store.js';
import { compareReleases } from '../archive/release/release-projection.js';
import { compareDigests } from '../digest/compare-digests.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';
import { checkJointSignatures } from './check-joint-signatures.js';
import { checkRegistryAnchor } from './check-registry-anchor.js';
import { compareAlerts } from './compare-alerts.js';
import { compareCableIndex } from './compare-cable-index.js';
import { compareProjections } from './compare-projections.js';
import { compareVerdicts } from './compare-verdicts.js';
import { SignaturePool, signatureWorkersFor } from './verify-workers/signature-pool.js';

/** Cables read from the store at a time; also the cables in one batch of signatures for a worker. */
const BATCH = 1000;

export interface VerifyResult {
  checked: number;
  total: number;
  /** The first cable that does not hold, or null when all do. */
  fault: CableFault | null;
}

export interface VerifyOptions {
  /** Threads that check signatures; 0 checks them on this one. By default one per core, for a large registry. */
  workers?: number;
  /**
   * Go on from where this process last verified the registry, if it still
   * holds that cable: only the cables after it are walked, and the tables
   * compared for them (the server, before it signs a head).
   */
  resume?: boolean;
}

type Progress = (checked: number, total: number) => void;

/** A walk of the chain that held up to its head, kept so that the next verification goes on from it. */
interface VerifiedWalk {
  verifier: ChainVerifier;
  ledger: SetupLedger;
}

const verifiedWalks = new WeakMap<Store, VerifiedWalk>();

/** The position and hash up to which this process last verified the registry, or null. */
export function verifiedHeadOf(store: Store): RegistryHead | null {
  return verifiedWalks.get(store)?.verifier.head ?? null;
}

/**
 * Recomputes every chain hash and checks every signature and readers index,
 * in chain order, stopping at the first cable that does not hold; then checks
 * that the chain rests on the server key, and that every table that carries
 * meaning is what the chain makes it. With workers, this thread walks the
 * chain while they check the signatures of the batches behind it; the fault
 * named is the same as on one thread.
 */
export async function verifyRegistry(
  services: Services,
  onProgress: Progress = () => {},
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const { store } = services;
  const earlier = options.resume ? await stillHeld(services, verifiedWalks.get(store)) : null;
  verifiedWalks.delete(store);
  const ledger = earlier?.ledger ?? new SetupLedger();
  const verifier =
    earlier?.verifier ??
    new ChainVerifier(
      sha256Hex,
      (_author, message, signature, publicKey) =>
        !!publicKey && services.keyring.verify(publicKey, message, signature),
      ledger,
    );
  const afterSeq = verifier.head.seq;
  const total = await store.registry.count();
  const scan = store.registry.scan(BATCH, afterSeq);
  const workers = options.workers ?? signatureWorkersFor(total - afterSeq);
  const progress: Progress = (checked) => onProgress(afterSeq + checked, total);
  let result: VerifyResult;
  if (workers === 0) result = await verifyOnThisThread(verifier, scan, total, progress);
  else {
    const pool = new SignaturePool(workers);
    try {
      result = await verifyWithWorkers(verifier, pool, scan, {
        total,
        onProgress: progress,
        ahead: 2 * workers,
      });
    } finally {
      await pool.close();
    }
  }
  result = { ...result, checked: afterSeq + result.checked };
  if (result.fault) return result;
  // The chain holds: now it must rest on the server key, and every table that carries meaning must be
  // what the chain makes it (issue 12, findings 3 and 4).
  const fault =
    (earlier ? null : await checkRegistryAnchor(services, ledger.state)) ??
    (await compareProjections(services, ledger.state)) ??
    (await compareCableIndex(services, afterSeq)) ??
    (await compareVerdicts(services, Object.keys(ledger.state.conferences))) ??
    (await compareAlerts(services, Object.keys(ledger.state.conferences))) ??
    (await checkJointSignatures(services, ledger.state)) ??
    (await compareDigests(services)) ??
    (await compareReleases(services));
  if (!fault) verifiedWalks.set(store, { verifier, ledger });
  return { ...result, fault };
}

/** The walk verified earlier, if the registry still holds the cable it ended at. */
async function stillHeld(services: Services, walk: VerifiedWalk | undefined) {
  if (!walk || walk.verifier.head.seq === 0) return null;
  const held = await services.store.heads.heldAt(walk.verifier.head.seq);
  return held?.hash === walk.verifier.head.hash ? walk : null;
}

async function verifyOnThisThread(
  verifier: ChainVerifier,
  scan: AsyncIterable<ScannedCable[]>,
  total: number,
  onProgress: Progress,
): Promise<VerifyResult> {
  let checked = 0;
  for await (const batch of scan) {
    for (const scanned of batch) {
      const fault = scanned.cable
        ? verifier.check(scanned.cable, scanned.indexedReaders)
        : unreadable(scanned);
      if (fault) return { checked, total, fault };
      checked += 1;
    }
    onProgress(checked, total);
  }
  return { checked, total, fault: null };
}

/** A batch walked up to its signatures, which the workers are checking. */
interface WalkedBatch {
  walked: WalkedCable[];
  holds: Promise<Uint8Array>;
  /** A row that ends the batch because it no longer parses. */
  unreadable: CableFault | null;
}

/**
 * Walks batches on this thread, keeping up to `ahead` of them with the
 * workers, and concludes them oldest first, so the first fault in chain order
 * is the one named whichever batch its workers finish first.
 */
async function verifyWithWorkers(
  verifier: ChainVerifier,
  pool: SignaturePool,
  scan: AsyncIterable<ScannedCable[]>,
  { total, onProgress, ahead }: { total: number; onProgress: Progress; ahead: number },
): Promise<VerifyResult> {
  const out: WalkedBatch[] = [];
  let checked = 0;
  const concludeOldest = async (): Promise<CableFault | null> => {
    const { walked, holds, unreadable } = out.shift()!;
    const results = await holds;
    for (const [i, cable] of walked.entries()) {
      const fault = concludeCable(cable, results[i] === 1);
      if (fault) return fault;
      checked += 1;
    }
    if (unreadable) return unreadable;
    onProgress(checked, total);
    return null;
  };
  for await (const batch of scan) {
    const walked = walkBatch(verifier, batch);
    out.push({ ...walked, holds: pool.check(signaturesOf(walked.walked)) });
    // Nothing after a cable already at fault can be the first fault.
    if (walked.atFault) break;
    while (out.length > ahead) {
      const fault = await concludeOldest();
      if (fault) return { checked, total, fault };
    }
  }
  while (out.length > 0) {
    const fault = await concludeOldest();
    if (fault) return { checked, total, fault };
  }
  return { checked, total, fault: null };
}

/** Walks a batch up to its end, its first unreadable row, or its first cable at fault before its signature. */
function walkBatch(verifier: ChainVerifier, batch: ScannedCable[]) {
  const walked: WalkedCable[] = [];
  for (const scanned of batch) {
    if (!scanned.cable) return { walked, unreadable: unreadable(scanned), atFault: true };
    const cable = verifier.walk(scanned.cable, scanned.indexedReaders);
    walked.push(cable);
    if (cable.beforeSignature) return { walked, unreadable: null, atFault: true };
  }
  return { walked, unreadable: null, atFault: false };
}

function signaturesOf(walked: WalkedCable[]) {
  return {
    publicKeys: walked.map((cable) => cable.publicKey ?? null),
    messages: walked.map((cable) => cable.message),
    signatures: walked.map((cable) => cable.signature),
  };
}

function unreadable(scanned: Extract<ScannedCable, { cable: null }>): CableFault {
  return { seq: scanned.seq, number: scanned.number, fault: 'unreadable', message: scanned.problem };
}

import {
  type CableFault,
  ChainVerifier,
  concludeCable,
  SetupLedger,
  type WalkedCable,
} from '../../core/index.js';
import type { ScannedCable } from '../../store/store.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';
import { compareProjections } from './compare-projections.js';
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
}

type Progress = (checked: number, total: number) => void;

/**
 * Recomputes every chain hash and checks every signature and readers index,
 * in chain order, stopping at the first cable that does not hold. With
 * workers, this thread walks the chain while they check the signatures of the
 * batches behind it; the fault named is the same as on one thread.
 */
export async function verifyRegistry(
  services: Services,
  onProgress: Progress = () => {},
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const total = await services.store.registry.count();
  const ledger = new SetupLedger();
  const verifier = new ChainVerifier(
    sha256Hex,
    (_author, message, signature, publicKey) =>
      !!publicKey && services.keyring.verify(publicKey, message, signature),
    ledger,
  );
  const scan = services.store.registry.scan(BATCH);
  const workers = options.workers ?? signatureWorkersFor(total);
  let result: VerifyResult;
  if (workers === 0) result = await verifyOnThisThread(verifier, scan, total, onProgress);
  else {
    const pool = new SignaturePool(workers);
    try {
      result = await verifyWithWorkers(verifier, pool, scan, { total, onProgress, ahead: 2 * workers });
    } finally {
      await pool.close();
    }
  }
  if (result.fault) return result;
  // The chain holds: now every table that carries meaning must be what the chain makes it.
  return { ...result, fault: await compareProjections(services, ledger.state) };
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

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SIGNATURE_WORKER } from './signature-worker.js';

/** Signatures to check, one entry per cable in each list. */
export interface SignatureBatch {
  /** The key each cable must verify under, as the chain pins it; null where none is in force. */
  publicKeys: (string | null)[];
  messages: string[];
  signatures: string[];
}

/** Below this many cables, starting workers costs more than it saves. */
const FEWEST_CABLES_FOR_WORKERS = 2000;

/**
 * How many signature workers to verify `cables` cables with: one per core the
 * process may use, or none (verify on the calling thread) with a single core
 * or a small registry.
 */
export function signatureWorkersFor(cables: number): number {
  const cores = Math.max(1, availableParallelism());
  return cores < 2 || cables < FEWEST_CABLES_FOR_WORKERS ? 0 : cores;
}

interface Pending {
  resolve: (holds: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that check Ed25519 signatures in batches. Each batch goes to
 * the worker with the fewest batches waiting, and its answer (one byte per
 * cable, 1 when the signature holds) resolves the promise `check` returned.
 */
export class SignaturePool {
  readonly #workers: { worker: Worker; waiting: Map<number, Pending> }[];
  #nextId = 0;

  /** Starts `size` workers. */
  constructor(size: number) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(SIGNATURE_WORKER, { eval: true });
      const waiting = new Map<number, Pending>();
      worker.on('message', ({ id, holds }: { id: number; holds: Uint8Array }) => {
        waiting.get(id)?.resolve(holds);
        waiting.delete(id);
      });
      const failAll = (error: Error) => {
        for (const pending of waiting.values()) pending.reject(error);
        waiting.clear();
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`a signature worker stopped (exit code ${code})`)));
      return { worker, waiting };
    });
  }

  /** Whether each signature of the batch verifies under its author's key. */
  check(batch: SignatureBatch): Promise<Uint8Array> {
    const least = this.#workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = this.#nextId++;
    const holds = new Promise<Uint8Array>((resolve, reject) => {
      least.waiting.set(id, { resolve, reject });
      const { bytes, ends } = packed(batch.messages);
      least.worker.postMessage(
        { id, publicKeys: batch.publicKeys, bytes, ends, signatures: batch.signatures },
        [bytes, ends.buffer as ArrayBuffer],
      );
    });
    // The caller awaits batches in chain order: one that fails while an earlier one is awaited is not unhandled.
    holds.catch(() => {});
    return holds;
  }

  /** Stops the workers; batches still waiting are dropped, as a caller closes only once it needs no more answers. */
  async close(): Promise<void> {
    for (const { waiting } of this.#workers) waiting.clear();
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/**
 * The messages as UTF-8 in one buffer, with where each ends: handed over to a
 * worker without a copy, where a thousand strings would each be cloned.
 */
function packed(messages: string[]): { bytes: ArrayBuffer; ends: Uint32Array } {
  const ends = new Uint32Array(messages.length);
  let length = 0;
  for (const [i, message] of messages.entries()) {
    length += Buffer.byteLength(message, 'utf8');
    ends[i] = length;
  }
  const bytes = Buffer.allocUnsafeSlow(length);
  let start = 0;
  for (const [i, message] of messages.entries())
    start += bytes.write(message, start, ends[i]! - start, 'utf8');
  return { bytes: bytes.buffer as ArrayBuffer, ends };
}

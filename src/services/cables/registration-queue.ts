import { type Cable, chainHash } from '../../core/index.js';
import type { CableToAppend, Store } from '../../store/store.js';
import { sha256Hex } from '../keyring.js';

/** Enough cables per commit to share one fsync widely, few enough to keep any one wait short. */
const MAX_BATCH = 256;

interface Waiting {
  cable: CableToAppend;
  /** The canonical signed envelope the author's signature covers, which the chain hash covers too. */
  signedText: string;
  resolve: (cable: Cable) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: cables that arrive while a commit is on its way to disk wait
 * and go down together in the next transaction, so one fsync serves many
 * registrations. Each caller still hears back only after the commit that holds
 * its cable is durable, and the chain stays one line because one batch appends
 * at a time, in arrival order.
 */
export class RegistrationQueue implements CableAppender {
  readonly #waiting: Waiting[] = [];
  #committing = false;

  constructor(private readonly store: Store) {}

  /**
   * Queues a signed cable with the text that was signed (so the chain hash does not build it again);
   * `registeredAt` is stamped here so time never runs backwards along the chain.
   */
  append(
    cable: Omit<CableToAppend, 'registeredAt'>,
    signedText: string,
    registeredAt: string,
  ): Promise<Cable> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ cable: { ...cable, registeredAt }, signedText, resolve, reject });
      if (this.#committing) return;
      this.#committing = true;
      // SQLite's driver is synchronous: a commit started at once would block the loop and go down
      // alone. Starting it after the current turn lets every request already read off the sockets
      // reach this queue first and share the fsync.
      setImmediate(() => void this.#commitAll());
    });
  }

  async #commitAll(): Promise<void> {
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, MAX_BATCH);
      const signedTexts = new Map(batch.map((waiting) => [waiting.cable.envelope.id, waiting.signedText]));
      try {
        const cables = await this.store.registry.append(
          batch.map((waiting) => waiting.cable),
          (unsealed) => chainHash(unsealed, sha256Hex, signedTexts.get(unsealed.id)),
        );
        for (const [i, waiting] of batch.entries()) waiting.resolve(cables[i]!);
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.#committing = false;
  }
}

/** Where a process hands its signed cables to be chained and committed. */
export interface CableAppender {
  append(
    cable: Omit<CableToAppend, 'registeredAt'>,
    signedText: string,
    registeredAt: string,
  ): Promise<Cable>;
}

const queues = new WeakMap<Store, CableAppender>();

/** The one queue of a store in this process: its own, or the writer process's when it serves beside others. */
export function registrationQueueOf(store: Store): CableAppender {
  let queue = queues.get(store);
  if (!queue) {
    queue = new RegistrationQueue(store);
    queues.set(store, queue);
  }
  return queue;
}

/** Makes `appender` the queue of `store` in this process: a process serving beside others hands its cables to one writer. */
export function handRegistrationsTo(store: Store, appender: CableAppender): void {
  queues.set(store, appender);
}

import type { Cable } from '../../core/index.js';

/** A cable announced at a position, and how to have it. */
type Load = () => Promise<Cable | null>;

/** How long a missing position is waited for: a cable registered but never announced (a crash, an import) is skipped after it. */
const GAP_WAIT_MS = 250;

/**
 * Pushes cables in registry order, though processes announce them out of it
 * (each announces after its own commit and verdicts). A cable waits until
 * every position before it was pushed or was waited for long enough; cables
 * are then loaded one at a time, in order, so no lookup overtakes another.
 */
export class RegistryOrder {
  readonly #held = new Map<number, Load>();
  #next: number;
  #draining = false;
  #gap: NodeJS.Timeout | null = null;

  constructor(
    next: number,
    private readonly push: (cable: Cable) => void,
    private readonly onError: (seq: number, error: Error) => void,
  ) {
    this.#next = next;
  }

  /** The cable at `seq` is registered; `load` has it. One already passed by (waited for and skipped) goes at once. */
  add(seq: number, load: Load): void {
    if (seq < this.#next) {
      void this.#deliver(seq, load);
      return;
    }
    this.#held.set(seq, load);
    void this.#drain();
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (let load = this.#held.get(this.#next); load; load = this.#held.get(this.#next)) {
        this.#held.delete(this.#next);
        await this.#deliver(this.#next, load);
        this.#next += 1;
      }
    } finally {
      this.#draining = false;
    }
    if (this.#gap) clearTimeout(this.#gap);
    this.#gap = null;
    if (this.#held.size === 0) return;
    this.#gap = setTimeout(() => {
      this.#gap = null;
      this.#next = Math.min(...this.#held.keys());
      void this.#drain();
    }, GAP_WAIT_MS);
    this.#gap.unref();
  }

  async #deliver(seq: number, load: Load): Promise<void> {
    try {
      const cable = await load();
      if (cable) this.push(cable);
    } catch (error) {
      this.onError(seq, error as Error);
    }
  }
}

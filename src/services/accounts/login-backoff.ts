/**
 * Wrong passwords from one address slow that address down: after a few free
 * ones, each attempt waits a delay that doubles with every further failure, up
 * to a cap, and is forgotten after a quiet window. It complements the lockout
 * (per login) and the rate limit (attempts per minute per address): a guesser
 * gets slower and slower without anyone being locked out by it.
 */
export const LOGIN_BACKOFF = {
  freeFailures: 3,
  firstDelayMs: 250,
  maxDelayMs: 8_000,
  forgetAfterMinutes: 15,
  /** Addresses remembered at most; beyond, the longest quiet is forgotten first. */
  maxAddresses: 10_000,
} as const;

/** The wait before the next attempt from an address with `failures` recent wrong passwords. */
export function backoffDelay(failures: number): number {
  const beyond = failures - LOGIN_BACKOFF.freeFailures;
  if (beyond <= 0) return 0;
  return Math.min(LOGIN_BACKOFF.maxDelayMs, LOGIN_BACKOFF.firstDelayMs * 2 ** (beyond - 1));
}

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Recent wrong passwords per address, held in memory by one server process. */
export class LoginBackoff {
  readonly #failures = new Map<string, { count: number; lastAt: number }>();

  constructor(
    private readonly clock: () => number,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Waits as long as the address's recent failures call for before its attempt goes on. */
  async wait(address: string): Promise<void> {
    const delay = backoffDelay(this.#recent(address));
    if (delay > 0) await this.sleep(delay);
  }

  /** Counts a wrong password (or a locked login) from the address. */
  recordFailure(address: string): void {
    const count = this.#recent(address) + 1;
    this.#failures.delete(address);
    this.#failures.set(address, { count, lastAt: this.clock() });
    if (this.#failures.size > LOGIN_BACKOFF.maxAddresses) {
      const quietest = this.#failures.keys().next().value;
      if (quietest !== undefined) this.#failures.delete(quietest);
    }
  }

  #recent(address: string): number {
    const entry = this.#failures.get(address);
    if (!entry) return 0;
    if (this.clock() - entry.lastAt > LOGIN_BACKOFF.forgetAfterMinutes * 60_000) {
      this.#failures.delete(address);
      return 0;
    }
    return entry.count;
  }
}

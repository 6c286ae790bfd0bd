/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every
 * generated thing is a pure function of (seed, what, index), so a worker can
 * rebuild any cable's draft without seeing the others.
 */
export class Random {
  #state: number;

  constructor(...seeds: number[]) {
    let h = 0x9e3779b9;
    for (const seed of seeds) h = Math.imul(h ^ (seed >>> 0), 0x85ebca6b) ^ (h >>> 13);
    this.#state = h >>> 0;
    this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** `count` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(this.pick(items));
    return [...chosen];
  }

  /** Four random 32-bit words as a version-4 UUID, so cable ids are deterministic. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      this.below(2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s (Zipf),
 * exactly, in constant expected time: a guide table gives, for each of n
 * equal slices of [0, 1), the first rank whose cumulative weight reaches it.
 */
export class Zipf {
  readonly #cumulative: Float64Array;
  readonly #guide: Uint32Array;

  constructor(n: number, s = 1) {
    this.#cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r += 1) {
      total += 1 / (r + 1) ** s;
      this.#cumulative[r] = total;
    }
    for (let r = 0; r < n; r += 1) this.#cumulative[r]! /= total;
    this.#cumulative[n - 1] = 1;
    this.#guide = new Uint32Array(n);
    let rank = 0;
    for (let g = 0; g < n; g += 1) {
      while (this.#cumulative[rank]! < g / n) rank += 1;
      this.#guide[g] = rank;
    }
  }

  draw(random: Random): number {
    const u = random.next();
    let rank = this.#guide[Math.floor(u * this.#guide.length)]!;
    while (this.#cumulative[rank]! < u) rank += 1;
    return rank;
  }
}

import { RoaringBitmap32, roaringLibraryInitialize } from 'roaring-wasm';

/** Where a reader's readable set is read from: the access index (deliveries) and the registry's chain. */
export interface ReadableSource {
  /** The registry's last entry. */
  head(): Promise<{ seq: number; hash: string }>;
  /** The hash of the entry at `seq`, or null when there is none. */
  hashAt(seq: number): Promise<string | null>;
  /** The positions of the cables delivered to `reader` in `(after, through]`. */
  deliveredBetween(reader: string, after: number, through: number): Promise<readonly number[]>;
}

interface ReadableSet {
  cables: RoaringBitmap32;
  /** Every delivery up to this entry is in `cables`. */
  through: number;
  /** The entry's hash: a registry discarded or replaced since shows as another hash there. */
  hash: string;
}

/** How many readers' sets are kept; the least recently searched is dropped first. */
const KEPT_READERS = 512;

/**
 * Each reader's readable cables as a compressed bitmap, for checking a text
 * search's matches without a lookup per match. A set is built once from the
 * access index and extended by the deliveries registered since, before every
 * use: deliveries are only ever added, with their cable (PRODUCT.md §Registry:
 * readers are fixed at registration), so a set extended to the head is exactly
 * the reader's deliveries. A registry discarded or restored since shows as
 * another hash at the set's last entry, and the set is built anew.
 *
 * A set can only ever lack a cable the reader may read (one registered between
 * its extension and the query that uses it), never hold one they may not.
 */
export class ReadableSets {
  readonly #sets = new Map<string, ReadableSet>();
  readonly #source: ReadableSource;
  #ready: Promise<void> | null = null;

  constructor(source: ReadableSource) {
    this.#source = source;
  }

  /** Brings `reader`'s set up to the registry's head; `has` then answers for it. */
  async refresh(reader: string): Promise<void> {
    this.#ready ??= roaringLibraryInitialize();
    await this.#ready;
    const head = await this.#source.head();
    let set = this.#sets.get(reader);
    if (set && !(await this.#isSameRegistry(set, head))) {
      this.#forget(reader);
      set = undefined;
    }
    if (!set) {
      set = { cables: new RoaringBitmap32(), through: 0, hash: '' };
      this.#sets.set(reader, set);
    }
    if (head.seq > set.through) {
      const after = set.through;
      const added = await this.#source.deliveredBetween(reader, after, head.seq);
      // Another refresh of the same reader may have run meanwhile: adding twice changes nothing.
      set.cables.addMany(added);
      if (head.seq > set.through) {
        set.through = head.seq;
        set.hash = head.hash;
      }
      set.cables.runOptimize();
    }
    // Most recently used last, so the first key is the one to drop.
    this.#sets.delete(reader);
    this.#sets.set(reader, set);
    while (this.#sets.size > KEPT_READERS) this.#forget(this.#sets.keys().next().value!);
  }

  /**
   * Whether `reader` may read the cable at `seq`, as of their last refresh.
   * Throws for a reader with no set (never refreshed, or dropped since), so a
   * search fails rather than answers from nothing.
   */
  has(reader: string, seq: number): boolean {
    const set = this.#sets.get(reader);
    if (!set) throw new Error(`no readable set is loaded for ${reader}`);
    return set.cables.has(seq);
  }

  /** How many cables the reader's set holds and its size in bytes, for the benchmark. */
  sizeOf(reader: string): { cables: number; bytes: number } | null {
    const set = this.#sets.get(reader);
    if (!set) return null;
    return { cables: set.cables.size, bytes: set.cables.getSerializationSizeInBytes('croaring') };
  }

  /** Drops every set (the store closes). */
  clear(): void {
    for (const reader of [...this.#sets.keys()]) this.#forget(reader);
  }

  async #isSameRegistry(set: ReadableSet, head: { seq: number; hash: string }): Promise<boolean> {
    if (head.seq < set.through) return false;
    if (set.through === 0) return true;
    if (head.seq === set.through) return head.hash === set.hash;
    return (await this.#source.hashAt(set.through)) === set.hash;
  }

  #forget(reader: string): void {
    this.#sets.get(reader)?.cables.dispose();
    this.#sets.delete(reader);
  }
}

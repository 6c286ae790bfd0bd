import type { SqliteConnection } from '../src/store/sqlite/sqlite-driver.js';
import { type Random, Zipf } from './generate/random.js';
import type { Vocabulary } from './generate/vocabulary.js';

export const QUERY_KINDS = ['one-term', 'two-term', 'phrase'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
export const FILTERS = ['none', 'date', 'author', 'issue'] as const;
export type Filter = (typeof FILTERS)[number];

/** A search as the benchmark sends it to searchCables. */
export interface BenchQuery {
  q: string;
  from?: string;
  until?: string;
  author?: string;
  issue?: string;
}

/**
 * How many of the commonest content words users do not search for: each is in
 * a tenth or more of all cables, and says nothing about a cable.
 */
const SKIPPED_COMMONEST = 50;

/**
 * Draws queries the way a user searches: for content words, never function
 * words, and not the 50 commonest content words either; otherwise a word is
 * drawn as often as it occurs in the text (by its Zipf weight), so common
 * subjects are searched more than rare ones. A phrase is two words that stand
 * together in a cable the reader may read. Filters: a 90-day window, the
 * author of a cable the reader may read, or an issue tag drawn by how often
 * it is used.
 */
export class QueryDrafter {
  readonly #words: string[];
  readonly #zipf: Zipf;
  readonly #issues: Zipf;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly issues: readonly string[],
    private readonly db: SqliteConnection,
    private readonly readable: readonly number[],
  ) {
    const first = vocabulary.functionWords + SKIPPED_COMMONEST;
    this.#words = vocabulary.words.slice(first);
    this.#zipf = new Zipf(vocabulary.words.length, 1);
    this.#issues = new Zipf(issues.length, 1);
  }

  draft(random: Random, kind: QueryKind, filter: Filter): BenchQuery {
    const q =
      kind === 'one-term'
        ? this.#word(random)
        : kind === 'two-term'
          ? `${this.#word(random)} ${this.#word(random)}`
          : `"${this.#phrase(random).join(' ')}"`;
    if (filter === 'date') {
      const start = Date.parse('2024-01-01') + random.below(640) * 24 * 3600_000;
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      return { q, from: day(start), until: day(start + 89 * 24 * 3600_000) };
    }
    if (filter === 'author') return { q, author: this.#cableOfReader(random).author };
    if (filter === 'issue') return { q, issue: this.issues[this.#issues.draw(random)]! };
    return { q };
  }

  #word(random: Random): string {
    const skipped = this.vocabulary.functionWords + SKIPPED_COMMONEST;
    for (;;) {
      const rank = this.#zipf.draw(random);
      if (rank >= skipped) return this.#words[rank - skipped]!;
    }
  }

  /** Two words side by side in a cable the reader may read, one of them at least a content word. */
  #phrase(random: Random): string[] {
    const contentWords = new Set(this.#words);
    for (;;) {
      const tokens = tokensOf(this.#cableOfReader(random).body);
      const at = random.below(tokens.length - 1);
      const pair = [tokens[at]!, tokens[at + 1]!];
      if (pair.some((word) => contentWords.has(word))) return pair;
    }
  }

  #cableOfReader(random: Random): { author: string; body: string } {
    const seq = this.readable[random.below(this.readable.length)]!;
    return this.db.prepare('select author, body from cables where seq = ?').get(seq) as {
      author: string;
      body: string;
    };
  }
}

/** Words as the FTS5 unicode61 tokenizer splits them, lower-cased. */
export function tokensOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

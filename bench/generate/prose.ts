import { type Random, Zipf } from './random.js';
import type { Vocabulary } from './vocabulary.js';

/** Writes English-like text: sentences of Zipf-drawn words, with commas, in paragraphs. */
export class Prose {
  readonly #zipf: Zipf;

  constructor(readonly vocabulary: Vocabulary) {
    this.#zipf = new Zipf(vocabulary.words.length, 1);
  }

  word(random: Random): string {
    return this.vocabulary.words[this.#zipf.draw(random)]!;
  }

  /** A content word (never a function word), by the same law over the content ranks. */
  contentWord(random: Random): string {
    const { words, functionWords } = this.vocabulary;
    for (;;) {
      const rank = this.#zipf.draw(random);
      if (rank >= functionWords) return words[rank]!;
    }
  }

  /** About `bytes` bytes of text: whole sentences, a blank line between paragraphs. */
  text(random: Random, bytes: number): string {
    const parts: string[] = [];
    let length = 0;
    let sentences = random.between(2, 6);
    while (length < bytes) {
      length += this.#sentence(random, parts);
      sentences -= 1;
      if (length < bytes) {
        const paragraphEnds = sentences === 0;
        parts.push(paragraphEnds ? '\n\n' : ' ');
        if (paragraphEnds) sentences = random.between(2, 6);
      }
    }
    return parts.join('');
  }

  /** Pushes one sentence onto `parts`; returns its length. */
  #sentence(random: Random, parts: string[]): number {
    const words = random.between(6, 22);
    let length = 0;
    for (let w = 0; w < words; w += 1) {
      const word = this.word(random);
      if (w === 0) parts.push(word[0]!.toUpperCase(), word.slice(1));
      else parts.push(random.chance(0.06) && w < words - 2 ? ', ' : ' ', word);
      length += word.length + 1;
    }
    parts.push('.');
    return length + 1;
  }
}

/** A body length in bytes between 500 and 5,000: most are short (median about 670), a few long (mean about 1.1 KB). */
export function bodyBytes(random: Random): number {
  const u = random.next();
  return Math.round(500 * 10 ** (u * u * u));
}

import { parseSearchText } from '../src/store/search-text.js';
import type { SqliteConnection } from '../src/store/sqlite/sqlite-driver.js';
import { type BenchQuery, tokensOf } from './search-queries.js';

/**
 * Counts by brute force what each query should find for `reader`, sharing
 * nothing with the search path but the parsing of the search box: access from
 * each cable's own signed readers list (not the deliveries index), text by
 * splitting subject and body into words in JavaScript (not FTS5), filters
 * compared in JavaScript. One pass over the reader's cables answers every query.
 *
 * Exact because the generated vocabulary has one word per stem (see
 * vocabulary.ts): a word matches a cable when one of its tokens is that word.
 */
export function bruteForceTotals(db: SqliteConnection, reader: string, queries: BenchQuery[]): number[] {
  const parsed = queries.map((query) => ({
    text: parseSearchText(query.q),
    from: query.from,
    // As searchCables reads a bare date: up to the end of that day.
    until: query.until && query.until.length === 10 ? `${query.until}T23:59:59.999Z` : query.until,
    author: query.author,
    issue: query.issue,
  }));
  const totals = queries.map(() => 0);
  const rows = db
    .prepare(
      'select author, registered_at as at, issues, subject, body from cables where instr(readers, ?) > 0',
    )
    .iterate(JSON.stringify(reader)) as Iterable<{
    author: string;
    at: string;
    issues: string;
    subject: string;
    body: string;
  }>;
  for (const cable of rows) {
    let columns: string[][] | null = null;
    parsed.forEach((query, i) => {
      if (query.from && cable.at < query.from) return;
      if (query.until && cable.at >= query.until) return;
      if (query.author && cable.author !== query.author) return;
      if (query.issue && !(JSON.parse(cable.issues) as string[]).includes(query.issue)) return;
      columns ??= [tokensOf(cable.subject), tokensOf(cable.body)];
      const has = (phrase: string[]) => columns!.some((tokens) => containsPhrase(tokens, phrase));
      if (query.text.words.every((word) => has([word])) && query.text.phrases.every(has)) totals[i]! += 1;
    });
  }
  return totals;
}

function containsPhrase(tokens: string[], phrase: string[]): boolean {
  for (let at = tokens.indexOf(phrase[0]!); at !== -1; at = tokens.indexOf(phrase[0]!, at + 1)) {
    if (phrase.every((word, k) => tokens[at + k] === word)) return true;
  }
  return false;
}

import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import { countOf, type HitRow, hitFromRow, searchFiltersOf } from '../search-filters.js';
import { isEmptySearch, parseSearchText, type SearchText } from '../search-text.js';
import type { SearchQuery, SearchResult } from '../store.js';

/** Marks around a matched term in a snippet: control characters no cable text may contain. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** The FTS5 query for parsed search text: every word and phrase quoted, so none is read as syntax. */
export function fts5Query(text: SearchText): string {
  const quote = (words: string[]) => `"${words.join(' ').replaceAll('"', '""')}"`;
  return [...text.words.map((word) => quote([word])), ...text.phrases.map(quote)].join(' AND ');
}

/**
 * Full-text search over subject and body, restricted in the same query to the
 * cables the reader may read, so the hits and the count both respect access.
 */
export async function searchSqlite(
  db: Kysely<Database>,
  reader: string,
  query: SearchQuery,
): Promise<SearchResult> {
  const text = parseSearchText(query.text);
  const filters = searchFiltersOf(query);
  const where = sql.join([sql`d.person_id = ${reader}`, ...filters], sql` and `);
  if (isEmptySearch(text)) {
    const from = sql`deliveries d join cables c on c.seq = d.cable_seq`;
    const total = await countOf(db, sql`select count(*) as n from ${from} where ${where}`);
    const rows = await sql<HitRow>`
      select c.*, d.read_at, substr(c.body, 1, 200) as snippet from ${from} where ${where}
      order by c.seq desc limit ${query.limit} offset ${query.offset}`.execute(db);
    return { total, hits: rows.rows.map(hitFromRow) };
  }
  const match = fts5Query(text);
  const from = sql`cables_fts f join cables c on c.seq = f.rowid join deliveries d on d.cable_seq = c.seq`;
  const matching = sql`cables_fts match ${match} and ${where}`;
  const total = await countOf(db, sql`select count(*) as n from ${from} where ${matching}`);
  const rows = await sql<HitRow>`
    select c.*, d.read_at,
      snippet(cables_fts, 1, ${MATCH_START}, ${MATCH_END}, '…', 16) as snippet
    from ${from} where ${matching}
    order by f.rank limit ${query.limit} offset ${query.offset}`.execute(db);
  return { total, hits: rows.rows.map(hitFromRow) };
}

/** Keeps the FTS5 index in step with a newly inserted cable (an external-content table). */
export async function indexTextSqlite(trx: Kysely<Database>, seq: number, subject: string, body: string) {
  await sql`insert into cables_fts (rowid, subject, body) values (${seq}, ${subject}, ${body})`.execute(trx);
}

import { type Kysely, type RawBuilder, sql } from 'kysely';
import { widenedAt } from '../queries/delivered-cables.js';
import { accessOf } from '../queries/reader-access.js';
import type { ReadableSets } from '../readable-sets.js';
import type { Database } from '../schema.js';
import { countOf, type HitRow, hitsOf, searchFiltersOf } from '../search-filters.js';
import { isEmptySearch, parseSearchText, type SearchText } from '../search-text.js';
import type { SearchQuery, SearchResult } from '../store.js';

/** Marks around a matched term in a snippet: control characters no cable text may contain. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/**
 * Up to this many hits, a search ranks them by relevance; beyond it, newest
 * first. Both dialects use the same bound, so a query orders alike on either.
 */
export const RANKED_HITS = 1000;

/** The FTS5 query for parsed search text: every word and phrase quoted, so none is read as syntax. */
export function fts5Query(text: SearchText): string {
  const quote = (words: string[]) => `"${words.join(' ').replaceAll('"', '""')}"`;
  return [...text.words.map((word) => quote([word])), ...text.phrases.map(quote)].join(' AND ');
}

/**
 * Full-text search over subject and body, restricted in the same query to the
 * cables the reader may read, so the hits and the count both respect access.
 *
 * The text index leads, and each match is checked against the reader's
 * readable set (readable-sets.ts), a compressed bitmap brought up to the
 * registry's head just before, through `plenipo_readable`: one lookup in
 * memory per match, where a probe of the deliveries' index cost several times
 * that. A filter on the cable row reads the row only for a match the reader
 * may read.
 *
 * Up to RANKED_HITS hits are ranked by relevance (bm25, computed for the
 * reader's hits only); beyond that the newest come first, read straight off
 * the index, since ranking every one of thousands of hits costs more than it tells.
 *
 * A release in force at `at` widens the reader (reader-access.ts): a match
 * is also theirs when a release gave them the cable, unless that release
 * struck passages, since the index holds the struck text (found by filters only).
 */
export async function searchSqlite(
  db: Kysely<Database>,
  readableSets: ReadableSets,
  reader: string,
  query: SearchQuery,
  at?: string,
): Promise<SearchResult> {
  const widened = await widenedAt(db, reader, at);
  const text = parseSearchText(query.text);
  if (isEmptySearch(text)) return listReadable(db, reader, query, searchFiltersOf(query), widened);
  const match = fts5Query(text);
  await readableSets.refresh(reader);
  const readable =
    widened === null
      ? sql`plenipo_readable(${reader}, f.rowid)`
      : sql`(plenipo_readable(${reader}, f.rowid) or f.rowid in (select a.cable_seq from (${accessOf(db, reader, widened, { unredactedOnly: true })}) a where a.release_seq is not null))`;
  const { onIndexes, onCable } = hitFiltersOf(query);
  const from =
    onCable.length > 0 ? sql`cables_fts f cross join cables c on c.seq = f.rowid` : sql`cables_fts f`;
  const where = sql.join([sql`cables_fts match ${match}`, readable, ...onIndexes, ...onCable], sql` and `);
  const total = await countOf(db, sql`select count(*) as n from ${from} where ${where}`);
  const order = total <= RANKED_HITS ? sql`bm25(cables_fts)` : sql`f.rowid desc`;
  const page = await sql<{ seq: number }>`
    select f.rowid as seq from ${from} where ${where}
    order by ${order} limit ${query.limit} offset ${query.offset}`.execute(db);
  const seqs = page.rows.map((row) => Number(row.seq));
  if (seqs.length === 0) return { total, hits: [] };
  // Snippets for the page only: snippet() re-reads the text of each row it marks.
  const access = widened === null ? sql`deliveries` : sql`(${accessOf(db, reader, widened)})`;
  const releaseSeq = widened === null ? sql`null` : sql`d.release_seq`;
  const rows = await sql<HitRow>`
    select c.*, d.read_at, ${releaseSeq} as release_seq,
      snippet(cables_fts, 1, ${MATCH_START}, ${MATCH_END}, '…', 16) as snippet
    from cables c cross join ${access} d on d.person_id = ${reader} and d.cable_seq = c.seq
      cross join cables_fts f on f.rowid = c.seq
    where c.seq in (${sql.join(seqs)}) and cables_fts match ${match}`.execute(db);
  const bySeq = new Map(rows.rows.map((row) => [Number(row.seq), row]));
  return {
    total,
    hits: await hitsOf(
      db,
      seqs.map((seq) => bySeq.get(seq)!),
    ),
  };
}

/**
 * The filters of a text search. Author and period are each the set of their
 * cables, read once off a narrow index into memory, so a hit outside them is
 * dropped before anything else is looked up; an issue is probed in its index
 * per hit. Kind and conference are checked against the cable row itself,
 * which is read only for a hit the reader may read.
 */
function hitFiltersOf(query: SearchQuery) {
  const onIndexes: RawBuilder<unknown>[] = [];
  if (query.author) onIndexes.push(sql`+f.rowid in (select seq from cables where author = ${query.author})`);
  // An issue can tag a third of the registry: probing its index per hit beats reading the whole set.
  if (query.issue) {
    onIndexes.push(
      sql`exists (select 1 from cable_issues i where i.issue = ${query.issue} and i.cable_seq = f.rowid)`,
    );
  }
  if (query.from || query.until) {
    const period = sql.join(
      [
        ...(query.from ? [sql`registered_at >= ${query.from}`] : []),
        ...(query.until ? [sql`registered_at < ${query.until}`] : []),
      ],
      sql` and `,
    );
    onIndexes.push(sql`+f.rowid in (select seq from cables where ${period})`);
  }
  const onCable = searchFiltersOf({
    ...query,
    author: undefined,
    issue: undefined,
    from: undefined,
    until: undefined,
  });
  return { onIndexes, onCable };
}

/** Without text: the reader's cables with the filters applied, newest first. */
async function listReadable(
  db: Kysely<Database>,
  reader: string,
  query: SearchQuery,
  filters: RawBuilder<unknown>[],
  widened: string | null,
): Promise<SearchResult> {
  const where = sql.join([sql`d.person_id = ${reader}`, ...filters], sql` and `);
  const from =
    widened === null
      ? sql`deliveries d join cables c on c.seq = d.cable_seq`
      : sql`(${accessOf(db, reader, widened)}) d join cables c on c.seq = d.cable_seq`;
  const releaseSeq = widened === null ? sql`null` : sql`d.release_seq`;
  const total = await countOf(db, sql`select count(*) as n from ${from} where ${where}`);
  const rows = await sql<HitRow>`
    select c.*, d.read_at, ${releaseSeq} as release_seq, substr(c.body, 1, 200) as snippet from ${from}
    where ${where} order by c.seq desc limit ${query.limit} offset ${query.offset}`.execute(db);
  return { total, hits: await hitsOf(db, rows.rows) };
}

/** Keeps the FTS5 index in step with a newly inserted cable (an external-content table). */
export async function indexTextSqlite(trx: Kysely<Database>, seq: number, subject: string, body: string) {
  await sql`insert into cables_fts (rowid, subject, body) values (${seq}, ${subject}, ${body})`.execute(trx);
}

/**
 * Checks the FTS5 index against the cables it indexes (FTS5's integrity-check
 * with rank 1 compares an external-content index with its content table), so a
 * row planted in or removed from the index shows: null when it holds.
 */
export async function checkTextIndexSqlite(db: Kysely<Database>): Promise<string | null> {
  try {
    await sql`insert into cables_fts (cables_fts, rank) values ('integrity-check', 1)`.execute(db);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

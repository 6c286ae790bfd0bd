import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Cable } from '../../core/index.js';
import { widenedAt } from '../queries/delivered-cables.js';
import { accessOf } from '../queries/reader-access.js';
import type { Database } from '../schema.js';
import { countOf, type HitRow, hitsOf, searchFiltersOf } from '../search-filters.js';
import { isEmptySearch, parseSearchText, type SearchText } from '../search-text.js';
import { MATCH_END, MATCH_START, RANKED_HITS } from '../sqlite/search.js';
import type { SearchQuery, SearchResult } from '../store.js';

/**
 * A cable's searchable text: subject weighted above body, with the 'english'
 * configuration (stemming and stop words). It is exactly the expression of the
 * `cables_text` GIN index (migrate-postgres.ts), so PostgreSQL can use it.
 */
const cableText = sql`(setweight(to_tsvector('english'::regconfig, c.subject), 'A') ||
  to_tsvector('english'::regconfig, c.body))`;

/** ts_headline's options: the same marks and about the same length as SQLite's snippet. */
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "`;

/**
 * The tsquery for parsed search text: each word and each phrase goes in as a
 * bound parameter through plainto_tsquery / phraseto_tsquery, which read it as
 * plain text, so no input reaches tsquery syntax; `&&` makes every one required.
 */
export function tsQuery(text: SearchText): RawBuilder<unknown> {
  const parts = [
    ...text.words.map((word) => sql`plainto_tsquery('english'::regconfig, ${word})`),
    ...text.phrases.map((words) => sql`phraseto_tsquery('english'::regconfig, ${words.join(' ')})`),
  ];
  return sql`(${sql.join(parts, sql` && `)})`;
}

/**
 * Full-text search over subject and body, restricted in the same query to the
 * cables the reader may read, so the hits and the count both respect access.
 * A release in force at `at` widens the reader (reader-access.ts), but a text
 * match never reaches a cable a release gave them with passages struck: the
 * index holds the struck text (such a cable is found by filters only).
 */
export async function searchPostgres(
  db: Kysely<Database>,
  reader: string,
  query: SearchQuery,
  at?: string,
): Promise<SearchResult> {
  const widened = await widenedAt(db, reader, at);
  const text = parseSearchText(query.text);
  const where = sql.join([sql`d.person_id = ${reader}`, ...searchFiltersOf(query)], sql` and `);
  const accessFor = (unredactedOnly: boolean) =>
    widened === null
      ? sql`deliveries d join cables c on c.seq = d.cable_seq`
      : sql`(${accessOf(db, reader, widened, { unredactedOnly })}) d join cables c on c.seq = d.cable_seq`;
  const releaseSeq = widened === null ? sql`null::bigint` : sql`d.release_seq`;
  if (isEmptySearch(text)) {
    const from = accessFor(false);
    const total = await countOf(db, sql`select count(*) as n from ${from} where ${where}`);
    const rows = await sql<HitRow>`
      select c.*, d.read_at, ${releaseSeq} as release_seq, substr(c.body, 1, 200) as snippet from ${from}
      where ${where} order by c.seq desc limit ${query.limit} offset ${query.offset}`.execute(db);
    return { total, hits: await hitsOf(db, rows.rows) };
  }
  const from = accessFor(true);
  const matching = sql`${cableText} @@ q.query and ${where}`;
  const withQuery = sql`with q as (select ${tsQuery(text)} as query)`;
  const total = await countOf(db, sql`${withQuery} select count(*) as n from q, ${from} where ${matching}`);
  // As in SQLite: ranked up to RANKED_HITS hits, newest first beyond (ranking thousands tells little).
  const rank = total <= RANKED_HITS ? sql`ts_rank_cd(${cableText}, q.query)` : sql`0`;
  // The page is chosen first and headlined after: ts_headline re-parses the body, so only for the rows shown.
  const rows = await sql<HitRow>`
    ${withQuery}, page as (
      select c.seq, d.read_at, ${releaseSeq} as release_seq, ${rank} as rank from q, ${from}
      where ${matching}
      order by rank desc, c.seq desc limit ${query.limit} offset ${query.offset})
    select c.*, page.read_at, page.release_seq,
      ts_headline('english'::regconfig, c.body, q.query, ${HEADLINE_OPTIONS}) as snippet
    from page join cables c on c.seq = page.seq, q
    order by page.rank desc, page.seq desc`.execute(db);
  return { total, hits: await hitsOf(db, rows.rows) };
}

/**
 * Nothing to do: the text index is an expression index over the cables table,
 * which PostgreSQL keeps in step within the same transaction.
 */
export async function indexTextPostgres(_trx: Kysely<Database>, _cable: Cable): Promise<void> {}

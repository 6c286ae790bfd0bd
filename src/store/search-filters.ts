import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CableRow } from './cable-row.js';
import { deliveredOf } from './queries/reader-access.js';
import type { Database } from './schema.js';
import type { SearchQuery } from './store.js';

/**
 * The parts of a search that read alike in SQLite and PostgreSQL: the filters
 * on the cable (alias `c`), the count, and turning a row into a hit. Only the
 * text matching differs, and stays in each dialect's search.ts.
 */
export function searchFiltersOf(query: SearchQuery): RawBuilder<unknown>[] {
  const filters: RawBuilder<unknown>[] = [];
  if (query.from) filters.push(sql`c.registered_at >= ${query.from}`);
  if (query.until) filters.push(sql`c.registered_at < ${query.until}`);
  if (query.author) filters.push(sql`c.author = ${query.author}`);
  if (query.kind) filters.push(sql`c.kind = ${query.kind}`);
  if (query.conference) filters.push(sql`c.conference = ${query.conference}`);
  if (query.issue) {
    filters.push(
      sql`exists (select 1 from cable_issues i where i.issue = ${query.issue} and i.cable_seq = c.seq)`,
    );
  }
  return filters;
}

/** The single count a query returns; PostgreSQL hands count(*) over as a string. */
export async function countOf(
  db: Kysely<Database>,
  query: RawBuilder<{ n: number | string }>,
): Promise<number> {
  const result = await query.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

export type HitRow = CableRow & {
  readAt: string | null;
  releaseSeq: number | string | null;
  snippet: string;
};

/**
 * Rows into hits as the reader sees them (reader-access.ts). A cable a release
 * widened to them gets its snippet from the released text, never the stored one.
 */
export async function hitsOf(db: Kysely<Database>, rows: readonly HitRow[]) {
  return (await deliveredOf(db, rows)).map(({ cable, readAt, row }) => ({
    cable,
    readAt,
    snippet: row.releaseSeq === null ? row.snippet : [...cable.body].slice(0, 200).join(''),
  }));
}

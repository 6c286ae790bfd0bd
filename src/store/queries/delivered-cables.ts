import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { InboxQuery } from '../store.js';
import { accessOf, deliveredOf, isWidened } from './reader-access.js';

// What a reader is delivered, as lists: their boxes, a cable's thread, their export's pages. Every one starts
// from the reader's access (reader-access.ts): their deliveries, the access index, and what a release in force
// at `at` widened to them, so nothing outside it can appear.

/**
 * The cables `reader` may read at `at` (null: their deliveries alone), each with their read receipt.
 * The relation keeps the deliveries' name and columns, so every list reads alike with or without releases.
 */
export function deliveredTo(db: Kysely<Database>, reader: string, at: string | null) {
  // Deliveries alone: the table itself, so the indexes that order a box stay in use.
  const delivered = db
    .selectFrom('deliveries')
    .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
    .where('deliveries.personId', '=', reader)
    .selectAll('cables')
    .select(['deliveries.readAt', sql<number | null>`null`.as('releaseSeq')]);
  if (at === null) return delivered;
  const widened = db
    .selectFrom(accessOf(db, reader, at).as('deliveries'))
    .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
    .where('deliveries.personId', '=', reader)
    .selectAll('cables')
    .select(['deliveries.readAt', 'deliveries.releaseSeq']);
  // Same columns as the table (accessOf selects each of them), so the builders are interchangeable.
  return widened as unknown as typeof delivered;
}

/** `at` if a release in force then widens anything to `reader`, else null (their deliveries alone). */
export async function widenedAt(db: Kysely<Database>, reader: string, at: string | undefined) {
  return (await isWidened(db, reader, at)) ? at! : null;
}

/**
 * A person's inbox or sent box, unread first, then by precedence, newest first.
 * The in-box page walks the reader's deliveries in that order (an index) and
 * skips their own cables; the sent box starts from the cables they wrote.
 */
export async function inbox(db: Kysely<Database>, reader: string, query: InboxQuery, at?: string) {
  const widened = await widenedAt(db, reader, at);
  const box =
    query.box === 'in'
      ? deliveredTo(db, reader, widened).where('cables.author', '!=', reader)
      : written(db, reader).selectAll('cables').select('deliveries.readAt');
  const narrowed = narrowedBy(query);
  const [rows, counts] = await Promise.all([
    box
      .where(narrowed)
      .orderBy('deliveries.unread', 'desc')
      .orderBy('deliveries.precedenceRank', 'asc')
      .orderBy('deliveries.cableSeq', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    isNarrowed(query) || widened !== null
      ? narrowedCounts(db, reader, query, narrowed, widened)
      : boxCounts(db, reader, query.box),
  ]);
  const cables = (await deliveredOf(db, rows)).map(({ cable, readAt }) => ({ cable, readAt }));
  return { ...counts, cables };
}

type Narrowing = (eb: ExpressionBuilder<Database, 'deliveries' | 'cables'>) => Expression<SqlBool>;

function isNarrowed(query: InboxQuery): boolean {
  return Boolean(query.precedence || query.kind || query.issue || query.conference || query.unread);
}

/** The inbox's filters as one condition over a delivery joined to its cable. */
function narrowedBy(query: InboxQuery): Narrowing {
  return (eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (query.precedence) conditions.push(eb('cables.precedence', '=', query.precedence));
    if (query.kind) conditions.push(eb('cables.kind', '=', query.kind));
    if (query.conference) conditions.push(eb('cables.conference', '=', query.conference));
    if (query.unread) conditions.push(eb('deliveries.unread', '=', 1));
    if (query.issue)
      conditions.push(
        eb(
          'cables.seq',
          'in',
          eb
            .selectFrom('cableIssues')
            .select('cableIssues.cableSeq')
            .where('cableIssues.issue', '=', query.issue),
        ),
      );
    return eb.and(conditions);
  };
}

/** A filtered box's counts: the same rows as the page, counted (exact, at the cost of walking them). */
async function narrowedCounts(
  db: Kysely<Database>,
  reader: string,
  query: InboxQuery,
  narrowed: Narrowing,
  at: string | null,
) {
  const box =
    query.box === 'in'
      ? deliveredTo(db, reader, at).where('cables.author', '!=', reader)
      : written(db, reader);
  const row = await box
    .where(narrowed)
    .clearSelect()
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>('deliveries.unread').as('unread'),
    ])
    .executeTakeFirst();
  return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
}

/** The deliveries to `reader` of the cables they wrote (found through the author index). */
function written(db: Kysely<Database>, reader: string) {
  // CROSS JOIN keeps SQLite from starting at the reader's deliveries, which would read every cable they may read.
  return db
    .selectFrom('cables')
    .crossJoin('deliveries')
    .whereRef('deliveries.cableSeq', '=', 'cables.seq')
    .where('deliveries.personId', '=', reader)
    .where('cables.author', '=', reader);
}

/**
 * How many cables a box holds, and how many of them are unread. The in-box
 * counts are all the reader's deliveries less those of cables they wrote:
 * exact, and two index ranges instead of a lookup of every cable's author.
 */
async function boxCounts(db: Kysely<Database>, reader: string, box: InboxQuery['box']) {
  const countsOf = (row: { total: number | string; unread: number | string | null } | undefined) => ({
    total: Number(row?.total ?? 0),
    unread: Number(row?.unread ?? 0),
  });
  const own = countsOf(
    await written(db, reader)
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.sum<number>('deliveries.unread').as('unread'),
      ])
      .executeTakeFirst(),
  );
  if (box === 'sent') return own;
  const all = countsOf(
    await db
      .selectFrom('deliveries')
      .where('personId', '=', reader)
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('unread').as('unread')])
      .executeTakeFirst(),
  );
  return { total: all.total - own.total, unread: all.unread - own.unread };
}

export async function thread(db: Kysely<Database>, reader: string, seq: number, limit: number, at?: string) {
  const widened = await widenedAt(db, reader, at);
  // Walk references both ways, breadth first, only between cables the reader may read: a cable they may not
  // read must look exactly like one that does not exist, so a thread never runs through it (issue #4).
  const seen = new Set<number>([seq]);
  let frontier = [seq];
  while (frontier.length > 0 && seen.size < limit * 4) {
    const links = await db
      .selectFrom('cableLinks')
      .innerJoin(accessOf(db, reader, widened).as('fromReader'), (join) =>
        join.onRef('fromReader.cableSeq', '=', 'cableLinks.fromSeq'),
      )
      .innerJoin(accessOf(db, reader, widened).as('toReader'), (join) =>
        join.onRef('toReader.cableSeq', '=', 'cableLinks.toSeq'),
      )
      .select(['cableLinks.fromSeq', 'cableLinks.toSeq'])
      .where((eb) =>
        eb.or([eb('cableLinks.fromSeq', 'in', frontier), eb('cableLinks.toSeq', 'in', frontier)]),
      )
      .execute();
    frontier = [];
    for (const link of links) {
      for (const next of [Number(link.fromSeq), Number(link.toSeq)]) {
        if (!seen.has(next)) {
          seen.add(next);
          frontier.push(next);
        }
      }
    }
  }
  const rows = await deliveredTo(db, reader, widened)
    .where('cables.seq', 'in', [...seen])
    .orderBy('cables.seq', 'asc')
    .limit(limit)
    .execute();
  return (await deliveredOf(db, rows)).map(({ cable, readAt }) => ({ cable, readAt }));
}

export async function readableAfter(
  db: Kysely<Database>,
  reader: string,
  afterSeq: number,
  limit: number,
  at?: string,
) {
  const rows = await deliveredTo(db, reader, await widenedAt(db, reader, at))
    .where('cables.seq', '>', afterSeq)
    .orderBy('cables.seq', 'asc')
    .limit(limit)
    .execute();
  return (await deliveredOf(db, rows)).map(({ cable, readAt }) => ({ cable, readAt }));
}

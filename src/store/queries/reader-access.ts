import { type Kysely, sql } from 'kysely';
import { PRECEDENCES, precedenceRank, releasedBody } from '../../core/index.js';
import { type CableRow, cableFromRow } from '../cable-row.js';
import type { Database } from '../schema.js';
import type { DeliveredCable } from '../store.js';

// Who may read what, decided once for every list, thread, export and search of a reader's cables:
// the reader's deliveries (readers fixed at registration, PRODUCT.md §Cable) and, at the moment
// they read, the cables a release in force widened to them or to the public (issue 15). Nothing
// else widens a reader; a withdrawal narrows them again from its date.

/** The public's reader id in a release grant. */
const EVERYONE = '*';

/**
 * Whether a release in force at `at` widens anything to `reader` (or to
 * everyone). Without a moment there is no widening: a caller that does not
 * say when it reads (acknowledging, reviewing, vetting) reads its deliveries only.
 */
export async function isWidened(db: Kysely<Database>, reader: string, at: string | undefined) {
  if (at === undefined) return false;
  const row = await grantsInForce(db, reader, at).select('g.cableSeq').limit(1).executeTakeFirst();
  return row !== undefined;
}

function grantsInForce(db: Kysely<Database>, reader: string, at: string) {
  return db
    .selectFrom('releaseGrants as g')
    .where('g.reader', 'in', [reader, EVERYONE])
    .where('g.fromAt', '<=', at)
    .where((eb) => eb.or([eb('g.untilAt', 'is', null), eb('g.untilAt', '>', at)]));
}

/** A precedence's rank, computed in SQL, as the deliveries store it. */
const RANK = sql<number>`case ${sql.join(
  PRECEDENCES.map(
    (precedence) => sql`when rc.precedence = ${precedence} then ${sql.lit(precedenceRank(precedence))}`,
  ),
  sql` `,
)} end`;

/**
 * The reader's access as one relation shaped like their deliveries, with
 * `releaseSeq` (the latest release in force that widened the cable to them)
 * on the rows a release added. `at` null: their deliveries alone.
 * `unredactedOnly` keeps out widened cables whose release struck passages:
 * a text search matches the stored text, which still holds what was struck.
 */
export function accessOf(
  db: Kysely<Database>,
  reader: string,
  at: string | null,
  options: { unredactedOnly?: boolean } = {},
) {
  const delivered = db
    .selectFrom('deliveries')
    .select(['personId', 'cableSeq', 'precedenceRank', 'unread', 'readAt'])
    .select(sql<number | null>`cast(null as bigint)`.as('releaseSeq'))
    .where('personId', '=', reader);
  if (at === null) return delivered;
  const widened = grantsInForce(db, reader, at)
    .innerJoin('cables as rc', 'rc.seq', 'g.cableSeq')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('deliveries as own')
            .select('own.cableSeq')
            .whereRef('own.cableSeq', '=', 'g.cableSeq')
            .where('own.personId', '=', reader),
        ),
      ),
    )
    .select([
      sql<string>`cast(${reader} as text)`.as('personId'),
      'g.cableSeq',
      RANK.as('precedenceRank'),
      sql<number>`0`.as('unread'),
      sql<string | null>`cast(null as text)`.as('readAt'),
      (eb) => eb.fn.max('g.entrySeq').as('releaseSeq'),
    ])
    .groupBy(['g.cableSeq', 'rc.precedence']);
  if (!options.unredactedOnly) return delivered.unionAll(widened);
  const unredacted = db
    .selectFrom(widened.as('w'))
    .selectAll('w')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('redactions as x')
            .select('x.idx')
            .whereRef('x.cableSeq', '=', 'w.cableSeq')
            .whereRef('x.entrySeq', '=', 'w.releaseSeq'),
        ),
      ),
    );
  return delivered.unionAll(unredacted);
}

/**
 * Rows of cables with their access into what the reader sees: a delivered
 * cable as it is; a cable a release widened to them as the release shows it,
 * each struck passage a marked gap, without its payload (its structured
 * content could carry what was struck) and without its readers.
 */
export async function deliveredOf<Row extends CableRow & { readAt: string | null; releaseSeq?: unknown }>(
  db: Kysely<Database>,
  rows: readonly Row[],
): Promise<(DeliveredCable & { row: Row })[]> {
  const widened = rows.filter((row) => row.releaseSeq !== null && row.releaseSeq !== undefined);
  const struck =
    widened.length === 0
      ? []
      : await db
          .selectFrom('redactions')
          .selectAll()
          .where((eb) =>
            eb.or(
              widened.map((row) =>
                eb.and([eb('entrySeq', '=', Number(row.releaseSeq)), eb('cableSeq', '=', Number(row.seq))]),
              ),
            ),
          )
          .execute();
  return rows.map((row) => {
    const cable = cableFromRow(row);
    if (row.releaseSeq === null || row.releaseSeq === undefined) return { cable, readAt: row.readAt, row };
    const redactions = struck
      .filter((x) => Number(x.entrySeq) === Number(row.releaseSeq) && Number(x.cableSeq) === cable.seq)
      .map((x) => ({ start: Number(x.start), end: Number(x.end), reason: x.reason }));
    return {
      cable: { ...cable, body: releasedBody(cable.body, redactions), payload: null, readers: [] },
      readAt: null,
      row,
    };
  });
}

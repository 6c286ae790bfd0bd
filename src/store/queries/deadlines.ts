import type { ExpressionBuilder, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { CableKind, Deadline } from '../../core/index.js';
import type {
  CandidateCable,
  DeadlineStore,
  DeadlineWithin,
  NumberedDeadlineAlert,
} from '../deadline-store.js';
import { firingKey } from '../deadline-store.js';
import type { Database } from '../schema.js';

/** Seven values a row: within SQLite's 32,766 bound parameters (and PostgreSQL's 65,535) per statement. */
const FIRINGS_PER_STATEMENT = 4000;

export function deadlineStore(
  db: Kysely<Database>,
  exclusive: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): DeadlineStore {
  const candidates = async <O>(
    query: SelectQueryBuilder<Database, 'cables', O>,
    within: DeadlineWithin,
  ): Promise<CandidateCable[]> => {
    let scoped = query
      .select(['cables.seq', 'cables.id', 'cables.author', 'cables.kind', 'cables.registeredAt'])
      .orderBy('cables.seq');
    if (within.reader !== undefined) scoped = scoped.where(deliveredTo(within.reader));
    const rows = (await scoped.execute()) as unknown as CandidateCable[];
    return rows.map((row) => ({ ...row, seq: Number(row.seq), kind: row.kind as CableKind }));
  };
  return {
    async deadlines(within = {}) {
      let query = db
        .selectFrom('deadlines')
        .innerJoin('cables', 'cables.seq', 'deadlines.cableSeq')
        .select([
          'deadlines.cableSeq',
          'deadlines.idx',
          'deadlines.conference',
          'deadlines.deadline',
          'cables.id as cableId',
          'cables.author',
          'cables.registeredAt',
        ])
        .orderBy('deadlines.cableSeq')
        .orderBy('deadlines.idx');
      if (within.conference !== undefined)
        query = query.where('deadlines.conference', '=', within.conference);
      if (within.reader !== undefined) query = query.where(deliveredTo(within.reader));
      return (await query.execute()).map((row) => ({
        ...row,
        cableSeq: Number(row.cableSeq),
        idx: Number(row.idx),
        deadline: JSON.parse(row.deadline) as Deadline,
      }));
    },
    repliesTo: (cableId, within = {}) =>
      candidates(db.selectFrom('cables').where('cables.inReplyTo', '=', cableId), within),
    cablesOn: (issue, kind, afterSeq, within = {}) =>
      candidates(
        db
          .selectFrom('cables')
          .where('cables.kind', '=', kind)
          .where('cables.seq', '>', afterSeq)
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('cableIssues')
                .select('cableIssues.cableSeq')
                .whereRef('cableIssues.cableSeq', '=', 'cables.seq')
                .where('cableIssues.issue', '=', issue),
            ),
          ),
        within,
      ),
    async recordFiring(alert) {
      const result = await db
        .insertInto('deadlineAlerts')
        .values({ ...alert, seenAt: null })
        .onConflict((conflict) => conflict.columns(['cableSeq', 'idx', 'firing', 'personId']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async recordFirings(alerts) {
      const insert = (trx: Kysely<Database>, batch: typeof alerts) =>
        trx
          .insertInto('deadlineAlerts')
          .values(batch.map((alert) => ({ ...alert, seenAt: null })))
          .onConflict((conflict) => conflict.columns(['cableSeq', 'idx', 'firing', 'personId']).doNothing())
          .executeTakeFirst()
          .then((result) => Number(result.numInsertedOrUpdatedRows ?? 0));
      if (alerts.length === 0) return 0;
      // One statement is its own transaction; only a batch past one statement's bound parameters needs an
      // explicit one (and SQLite, synchronous in this process, would then wait on any other open transaction).
      if (alerts.length <= FIRINGS_PER_STATEMENT) return insert(db, alerts);
      return exclusive(async (trx) => {
        let recorded = 0;
        for (let from = 0; from < alerts.length; from += FIRINGS_PER_STATEMENT)
          recorded += await insert(trx, alerts.slice(from, from + FIRINGS_PER_STATEMENT));
        return recorded;
      });
    },
    async firedKeys() {
      const rows = await db
        .selectFrom('deadlineAlerts')
        .select(['cableSeq', 'idx', 'firing', 'personId'])
        .execute();
      return new Set(rows.map((row) => firingKey({ ...row, cableSeq: Number(row.cableSeq) })));
    },
    async alertsOf(personId, limit) {
      const rows = await db
        .selectFrom('deadlineAlerts')
        .selectAll()
        .where('personId', '=', personId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(numbered);
    },
    async alertsAfter(id) {
      const rows = await db
        .selectFrom('deadlineAlerts')
        .selectAll()
        .where('id', '>', id)
        .orderBy('id')
        .execute();
      return rows.map(numbered);
    },
    async lastAlertId() {
      const row = await db
        .selectFrom('deadlineAlerts')
        .select(({ fn }) => fn.max('id').as('last'))
        .executeTakeFirst();
      return Number(row?.last ?? 0);
    },
  };
}

function numbered(row: Selectable<Database['deadlineAlerts']>): NumberedDeadlineAlert {
  return { ...row, id: Number(row.id), cableSeq: Number(row.cableSeq), idx: Number(row.idx) };
}

/** Only cables `reader` may read: the deliveries index is the access rule's record (PRODUCT.md §Cable). */
function deliveredTo(reader: string) {
  return (eb: ExpressionBuilder<Database, 'cables'>) =>
    eb.exists(
      eb
        .selectFrom('deliveries')
        .select('deliveries.cableSeq')
        .whereRef('deliveries.cableSeq', '=', 'cables.seq')
        .where('deliveries.personId', '=', reader),
    );
}

import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { MandateAmendment, Move, Verdict, VerdictCode } from '../../core/index.js';
import type { Database } from '../schema.js';
import type { MandateStore, StoredMove, StoredVerdict } from '../store.js';

export function mandateStore(
  db: Kysely<Database>,
  exclusive: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): MandateStore {
  const movesQuery = () =>
    db
      .selectFrom('moves')
      .innerJoin('cables', 'cables.seq', 'moves.cableSeq')
      .select(['moves.cableSeq', 'moves.idx', 'moves.move', 'cables.id as cableId', 'cables.registeredAt'])
      .orderBy('moves.cableSeq')
      .orderBy('moves.idx');
  return {
    async directives(conference, within = {}) {
      let query = db
        .selectFrom('mandateAmendments')
        .innerJoin('cables', 'cables.seq', 'mandateAmendments.cableSeq')
        .select(['cables.seq', 'cables.id', 'cables.registeredAt', 'cables.payload'])
        .where('mandateAmendments.conference', '=', conference)
        .orderBy('mandateAmendments.cableSeq');
      if (within.beforeSeq !== undefined)
        query = query.where('mandateAmendments.cableSeq', '<', within.beforeSeq);
      if (within.reader !== undefined) query = query.where(deliveredTo(within.reader));
      const rows = await query.execute();
      return rows.map((row) => ({
        cableSeq: Number(row.seq),
        cable: row.id,
        registeredAt: row.registeredAt,
        amendment: JSON.parse(row.payload!) as MandateAmendment,
      }));
    },
    async moves(conference, within = {}) {
      let query = movesQuery().where('moves.conference', '=', conference);
      if (within.beforeSeq !== undefined) query = query.where('moves.cableSeq', '<', within.beforeSeq);
      if (within.reader !== undefined) query = query.where(deliveredTo(within.reader));
      return (await query.execute()).map(storedMove);
    },
    async movesOf(cableSeq) {
      return (await movesQuery().where('moves.cableSeq', '=', cableSeq).execute()).map(storedMove);
    },
    async ourMovesWithoutVerdict() {
      const rows = await movesQuery()
        .where('moves.side', '=', 'ours')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('verdicts')
                .select('verdicts.id')
                .whereRef('verdicts.cableSeq', '=', 'moves.cableSeq')
                .whereRef('verdicts.idx', '=', 'moves.idx'),
            ),
          ),
        )
        .execute();
      return rows.map(storedMove);
    },
    saveVerdicts: (verdicts, alerts) =>
      exclusive(async (trx) => {
        for (const verdict of verdicts) {
          await trx
            .updateTable('verdicts')
            .set({ current: 0 })
            .where('cableSeq', '=', verdict.cableSeq)
            .where('idx', '=', verdict.idx)
            .execute();
          await trx
            .insertInto('verdicts')
            .values({
              cableSeq: verdict.cableSeq,
              idx: verdict.idx,
              evaluatedAt: verdict.evaluatedAt,
              reason: verdict.reason,
              verdict: verdict.verdict.verdict,
              detail: JSON.stringify(verdict.verdict),
              current: 1,
            })
            .execute();
        }
        if (alerts.length > 0)
          await trx
            .insertInto('alerts')
            .values(alerts.map((a) => ({ ...a, seenAt: null })))
            .execute();
      }),
    async verdictsOf(cableSeqs) {
      if (cableSeqs.length === 0) return [];
      const rows = await db
        .selectFrom('verdicts')
        .selectAll()
        .where('cableSeq', 'in', [...cableSeqs])
        .where('current', '=', 1)
        .orderBy('cableSeq')
        .orderBy('idx')
        .execute();
      return rows.map(storedVerdict);
    },
    async allVerdicts() {
      const rows = await db.selectFrom('verdicts').selectAll().orderBy('id').execute();
      return rows.map(storedVerdict);
    },
    async allAlerts() {
      const rows = await db.selectFrom('alerts').selectAll().orderBy('id').execute();
      return rows.map((row) => ({
        ...row,
        id: Number(row.id),
        cableSeq: Number(row.cableSeq),
        verdict: row.verdict as VerdictCode,
      }));
    },
    async restoreAlerts(alerts) {
      for (const { id: _id, ...alert } of alerts) await db.insertInto('alerts').values(alert).execute();
    },
    async verdictHistory(cableSeq, idx) {
      const rows = await db
        .selectFrom('verdicts')
        .selectAll()
        .where('cableSeq', '=', cableSeq)
        .where('idx', '=', idx)
        .orderBy('id')
        .execute();
      return rows.map(storedVerdict);
    },
    async alerts(personId, { unseenOnly, limit }) {
      let query = db
        .selectFrom('alerts')
        .selectAll()
        .where('personId', '=', personId)
        .orderBy('id', 'desc')
        .limit(limit);
      if (unseenOnly) query = query.where('seenAt', 'is', null);
      const rows = await query.execute();
      return rows.map((row) => ({
        ...row,
        id: Number(row.id),
        cableSeq: Number(row.cableSeq),
        verdict: row.verdict as VerdictCode,
      }));
    },
    async markAlertsSeen(personId, cableSeq, at) {
      await db
        .updateTable('alerts')
        .set({ seenAt: at })
        .where('personId', '=', personId)
        .where('cableSeq', '=', cableSeq)
        .where('seenAt', 'is', null)
        .execute();
    },
  };
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

function storedMove(row: {
  cableSeq: number;
  idx: number;
  move: string;
  cableId: string;
  registeredAt: string;
}): StoredMove {
  return {
    cableSeq: Number(row.cableSeq),
    idx: Number(row.idx),
    cableId: row.cableId,
    registeredAt: row.registeredAt,
    move: JSON.parse(row.move) as Move,
  };
}

function storedVerdict(row: Selectable<Database['verdicts']>): StoredVerdict {
  return {
    cableSeq: Number(row.cableSeq),
    idx: Number(row.idx),
    evaluatedAt: row.evaluatedAt,
    reason: row.reason as StoredVerdict['reason'],
    verdict: JSON.parse(row.detail) as Verdict,
    current: row.current === 1,
  };
}

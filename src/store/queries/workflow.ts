import type { Kysely } from 'kysely';
import type { Caption, Precedence } from '../../core/index.js';
import { cableFromRow } from '../cable-row.js';
import type { Database } from '../schema.js';
import { escalationKey, type WorkflowStore } from '../workflow-store.js';

export function workflowStore(db: Kysely<Database>): WorkflowStore {
  const escalations = async (where: { recipient?: string; cableSeq?: number }, limit?: number) => {
    let query = db.selectFrom('escalations').selectAll();
    if (where.recipient !== undefined)
      query = query.where('recipient', '=', where.recipient).orderBy('id', 'desc');
    if (where.cableSeq !== undefined) query = query.where('cableSeq', '=', where.cableSeq).orderBy('id');
    if (limit !== undefined) query = query.limit(limit);
    return (await query.execute()).map((row) => ({
      ...row,
      id: Number(row.id),
      cableSeq: Number(row.cableSeq),
    }));
  };
  return {
    async acknowledge(acknowledgement) {
      const result = await db
        .insertInto('acknowledgements')
        .values(acknowledgement)
        .onConflict((conflict) => conflict.columns(['cableSeq', 'personId']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async acknowledgementsOf(cableSeq) {
      const rows = await db
        .selectFrom('acknowledgements')
        .selectAll()
        .where('cableSeq', '=', cableSeq)
        .orderBy('personId')
        .execute();
      return rows.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) }));
    },
    async deliveriesOf(cableSeq) {
      return db
        .selectFrom('deliveries')
        .select(['personId', 'readAt'])
        .where('cableSeq', '=', cableSeq)
        .orderBy('personId')
        .execute();
    },
    async unacknowledgedBy(personId) {
      const rows = await db
        .selectFrom('deliveries')
        .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
        .select([
          'cables.seq',
          'cables.id',
          'cables.number',
          'cables.precedence',
          'cables.subject',
          'cables.registeredAt',
          'cables.author',
          'cables.toList',
          'cables.excludeList',
          'cables.captions',
        ])
        .where('deliveries.personId', '=', personId)
        .where('cables.author', '<>', personId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('acknowledgements')
                .select('acknowledgements.cableSeq')
                .whereRef('acknowledgements.cableSeq', '=', 'deliveries.cableSeq')
                .where('acknowledgements.personId', '=', personId),
            ),
          ),
        )
        .orderBy('cables.seq', 'desc')
        .execute();
      return rows.map(({ toList, excludeList, captions, ...row }) => ({
        ...row,
        seq: Number(row.seq),
        precedence: row.precedence as Precedence,
        to: JSON.parse(toList) as string[],
        exclude: JSON.parse(excludeList) as string[],
        captions: JSON.parse(captions) as Caption[],
      }));
    },
    async cablesToWatch(precedences, registeredBy) {
      if (precedences.length === 0) return [];
      const rows = await db
        .selectFrom('cables')
        .selectAll()
        .where('precedence', 'in', [...precedences])
        .where('registeredAt', '<=', registeredBy)
        .orderBy('seq')
        .execute();
      return rows.map(cableFromRow);
    },
    async recordEscalation(escalation) {
      const result = await db
        .insertInto('escalations')
        .values(escalation)
        .onConflict((conflict) => conflict.columns(['cableSeq', 'addressee', 'recipient']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async escalationKeys() {
      const rows = await db
        .selectFrom('escalations')
        .select(['cableSeq', 'addressee', 'recipient'])
        .execute();
      return new Set(rows.map((row) => escalationKey({ ...row, cableSeq: Number(row.cableSeq) })));
    },
    escalationsOf: (recipient, limit) => escalations({ recipient }, limit),
    escalationsOfCable: (cableSeq) => escalations({ cableSeq }),
    async recordReading(reading) {
      await db.insertInto('readings').values(reading).execute();
    },
    async readingsOf(cableSeq) {
      const rows = await db
        .selectFrom('readings')
        .select(['cableSeq', 'readBy', 'readTo', 'readAt', 'recordedAt'])
        .where('cableSeq', '=', cableSeq)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) }));
    },
    async jointCables() {
      // Canonical JSON keeps no spaces, so a payload with co-signatures holds this text; the service checks the type.
      const rows = await db
        .selectFrom('cables')
        .selectAll()
        .where('payload', 'like', '%"signatures":[%')
        .orderBy('seq')
        .execute();
      return rows.map(cableFromRow);
    },
    async all() {
      const acknowledgements = await db
        .selectFrom('acknowledgements')
        .selectAll()
        .orderBy('cableSeq')
        .execute();
      const escalated = await db.selectFrom('escalations').selectAll().orderBy('id').execute();
      const readings = await db.selectFrom('readings').selectAll().orderBy('id').execute();
      return {
        acknowledgements: acknowledgements.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) })),
        escalations: escalated.map(({ id: _, ...row }) => ({ ...row, cableSeq: Number(row.cableSeq) })),
        readings: readings.map(({ id: _, ...row }) => ({ ...row, cableSeq: Number(row.cableSeq) })),
      };
    },
    async restore(records) {
      await db.transaction().execute(async (trx) => {
        for (const row of records.acknowledgements)
          await trx.insertInto('acknowledgements').values(row).execute();
        for (const row of records.escalations) await trx.insertInto('escalations').values(row).execute();
        for (const row of records.readings) await trx.insertInto('readings').values(row).execute();
      });
    },
  };
}

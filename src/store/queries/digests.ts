import { type Kysely, sql } from 'kysely';
import {
  type DigestCable,
  type EmailChoice,
  type Precedence,
  PressItemPayloadSchema,
} from '../../core/index.js';
import type { Arrival, DigestStore, StoredPressItem } from '../digest-store.js';
import type { Database } from '../schema.js';

export function digestStore(db: Kysely<Database>): DigestStore {
  /** The chain positions registered in (from, until]: a digest's window as a range of the access index's key. */
  const seqsBetween = async (from: string, until: string) => {
    const row = await db
      .selectFrom('cables')
      .where('registeredAt', '>', from)
      .where('registeredAt', '<=', until)
      .select(({ fn }) => [fn.min('seq').as('first'), fn.max('seq').as('last')])
      .executeTakeFirst();
    return row?.first == null ? null : { first: Number(row.first), last: Number(row.last) };
  };
  const deliveredBetween = (reader: string, range: { first: number; last: number }) =>
    db
      .selectFrom('deliveries')
      .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
      .where('deliveries.personId', '=', reader)
      .where('deliveries.cableSeq', '>=', range.first)
      .where('deliveries.cableSeq', '<=', range.last);
  return {
    async arrivals(reader, from, until) {
      const range = await seqsBetween(from, until);
      if (!range) return [];
      const rows = await deliveredBetween(reader, range)
        .where('cables.author', '!=', reader)
        .select([
          'cables.seq',
          'cables.id',
          'cables.number',
          'cables.precedence',
          'cables.subject',
          'cables.registeredAt',
          'cables.kind',
          'deliveries.readAt',
        ])
        .orderBy('deliveries.cableSeq')
        .execute();
      return rows.map(
        (row): Arrival => ({ ...row, seq: Number(row.seq), precedence: row.precedence as Precedence }),
      );
    },
    async unansweredQueries(reader, limit) {
      const rows = await db
        .selectFrom('deliveries')
        .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
        .where('deliveries.personId', '=', reader)
        .where('cables.kind', '=', 'query')
        .where('cables.author', '!=', reader)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('cableLinks')
                .innerJoin('cables as replies', 'replies.seq', 'cableLinks.fromSeq')
                .select('cableLinks.fromSeq')
                .whereRef('cableLinks.toSeq', '=', 'cables.seq')
                .whereRef('replies.inReplyTo', '=', 'cables.id')
                .where('replies.author', '=', reader),
            ),
          ),
        )
        .select(['cables.id', 'cables.number', 'cables.precedence', 'cables.subject', 'cables.registeredAt'])
        .orderBy('deliveries.cableSeq', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row): DigestCable => ({ ...row, precedence: row.precedence as Precedence }));
    },
    async verdictsRaised(reader, from, until) {
      const rows = await db
        .selectFrom('alerts')
        .where('personId', '=', reader)
        .where('createdAt', '>', from)
        .where('createdAt', '<=', until)
        .select(['verdict', sql<number>`count(*)`.as('count')])
        .groupBy('verdict')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.verdict, Number(row.count)]));
    },
    async pressItems(reader, from, until) {
      const range = await seqsBetween(from, until);
      if (!range) return [];
      const rows = await deliveredBetween(reader, range)
        .where('cables.kind', '=', 'note')
        .where('cables.payload', 'is not', null)
        .select([
          'cables.id',
          'cables.number',
          'cables.precedence',
          'cables.subject',
          'cables.registeredAt',
          'cables.body',
          'cables.payload',
        ])
        .orderBy('deliveries.cableSeq')
        .execute();
      const items: StoredPressItem[] = [];
      for (const row of rows) {
        const parsed = PressItemPayloadSchema.safeParse(JSON.parse(row.payload!));
        if (!parsed.success) continue;
        const { body, payload: _, ...cable } = row;
        items.push({
          cable: { ...cable, precedence: cable.precedence as Precedence },
          summary: body,
          item: parsed.data,
        });
      }
      return items;
    },
    async receipts(seq) {
      const rows = await db
        .selectFrom('deliveries')
        .select(['personId', 'readAt'])
        .where('cableSeq', '=', seq)
        .orderBy('personId')
        .execute();
      return new Map(rows.map((row) => [row.personId, row.readAt]));
    },
    async schedule(personId) {
      const row = await db
        .selectFrom('digestSchedules')
        .selectAll()
        .where('personId', '=', personId)
        .executeTakeFirst();
      return row ? { ...row, hour: Number(row.hour), enabled: Boolean(row.enabled) } : null;
    },
    async setSchedule(schedule) {
      const values = { ...schedule, enabled: schedule.enabled ? 1 : 0 };
      await db
        .insertInto('digestSchedules')
        .values(values)
        .onConflict((conflict) =>
          conflict
            .column('personId')
            .doUpdateSet({ hour: values.hour, timeZone: values.timeZone, enabled: values.enabled }),
        )
        .execute();
    },
    async schedules() {
      const rows = await db.selectFrom('digestSchedules').selectAll().orderBy('personId').execute();
      return rows.map((row) => ({ ...row, hour: Number(row.hour), enabled: Boolean(row.enabled) }));
    },
    async claimDigest(personId, day, at, staleBefore) {
      const inserted = await db
        .insertInto('digests')
        .values({ personId, day, claimedAt: at, cableId: null })
        .onConflict((conflict) => conflict.columns(['personId', 'day']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return true;
      // A claim whose process died before registering the digest is taken over once it is stale.
      const retaken = await db
        .updateTable('digests')
        .set({ claimedAt: at })
        .where('personId', '=', personId)
        .where('day', '=', day)
        .where('cableId', 'is', null)
        .where('claimedAt', '<', staleBefore)
        .executeTakeFirst();
      return Number(retaken.numUpdatedRows) > 0;
    },
    async completeDigest(personId, day, cableId) {
      await db
        .updateTable('digests')
        .set({ cableId })
        .where('personId', '=', personId)
        .where('day', '=', day)
        .execute();
    },
    async digestClaims(personId) {
      let query = db.selectFrom('digests').selectAll().orderBy('personId').orderBy('day');
      if (personId !== undefined) query = query.where('personId', '=', personId);
      return query.execute();
    },
    async restoreDigestClaims(claims) {
      for (let i = 0; i < claims.length; i += 500)
        await db
          .insertInto('digests')
          .values(claims.slice(i, i + 500))
          .execute();
    },
    async emailChoice(personId) {
      const row = await db
        .selectFrom('emailChoices')
        .selectAll()
        .where('personId', '=', personId)
        .executeTakeFirst();
      return row ? choiceOf(row) : null;
    },
    async setEmailChoice(personId, choice) {
      if (choice === null) {
        await db.deleteFrom('emailChoices').where('personId', '=', personId).execute();
        return;
      }
      const values = { personId, address: choice.address, events: JSON.stringify(choice.events) };
      await db
        .insertInto('emailChoices')
        .values(values)
        .onConflict((conflict) =>
          conflict.column('personId').doUpdateSet({ address: values.address, events: values.events }),
        )
        .execute();
    },
    async emailChoices() {
      const rows = await db.selectFrom('emailChoices').selectAll().orderBy('personId').execute();
      return rows.map((row) => ({ personId: row.personId, ...choiceOf(row) }));
    },
  };
}

function choiceOf(row: { address: string; events: string }): EmailChoice {
  return { address: row.address, events: JSON.parse(row.events) as EmailChoice['events'] };
}

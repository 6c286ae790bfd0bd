import type { Kysely } from 'kysely';
import type { RecordPayload } from '../../core/index.js';
import type { RecordStore } from '../record-store.js';
import type { Database } from '../schema.js';

export function recordStore(db: Kysely<Database>): RecordStore {
  return {
    async accounts(conference, within = {}) {
      let query = db
        .selectFrom('recordAccounts')
        .innerJoin('cables', 'cables.seq', 'recordAccounts.cableSeq')
        .select(['cables.seq', 'cables.id', 'cables.author', 'cables.registeredAt', 'cables.payload'])
        .where('recordAccounts.conference', '=', conference)
        .orderBy('recordAccounts.cableSeq');
      if (within.session !== undefined) query = query.where('recordAccounts.session', '=', within.session);
      if (within.reader !== undefined) {
        const reader = within.reader;
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('deliveries')
              .select('deliveries.cableSeq')
              .whereRef('deliveries.cableSeq', '=', 'cables.seq')
              .where('deliveries.personId', '=', reader),
          ),
        );
      }
      const rows = await query.execute();
      return rows.map((row) => ({
        cableSeq: Number(row.seq),
        cable: row.id,
        author: row.author,
        registeredAt: row.registeredAt,
        payload: JSON.parse(row.payload!) as RecordPayload,
      }));
    },
  };
}

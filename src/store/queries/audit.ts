import type { Kysely, Selectable } from 'kysely';
import { GENESIS_HASH } from '../../core/index.js';
import type { Database } from '../schema.js';
import type { AuditEntry, AuditStore } from '../store.js';

/**
 * The audit log is append-only and chained like the registry, so a deleted or
 * edited entry shows. Appends are serialised by `exclusive`, as cables are.
 */
export function auditStore(
  db: Kysely<Database>,
  exclusive: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>,
): AuditStore {
  return {
    append: (entry, seal) =>
      exclusive(async (trx) => {
        const last = await trx
          .selectFrom('auditLog')
          .select(['seq', 'hash'])
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const unsealed = { ...entry, seq: Number(last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
        await trx
          .insertInto('auditLog')
          .values({ ...unsealed, detail: JSON.stringify(entry.detail), hash: seal(unsealed) })
          .execute();
      }),
    async list({ actor, action, family, since, until, before, limit }) {
      let query = db.selectFrom('auditLog').selectAll().orderBy('seq', 'desc').limit(limit);
      if (actor) query = query.where('actor', '=', actor);
      if (action) query = query.where('action', '=', action);
      if (family) {
        // Letters only, so no LIKE wildcard can be in it; `_` would otherwise match any character.
        if (!/^[a-z]+$/.test(family)) throw new Error(`not an audit action family: ${family}`);
        query = query.where((eb) =>
          eb.or([
            eb('action', '=', family),
            eb('action', 'like', `${family}.%`),
            eb('action', 'like', `${family}-%`),
          ]),
        );
      }
      if (since) query = query.where('at', '>=', since);
      if (until) query = query.where('at', '<', until);
      if (before) query = query.where('seq', '<', before);
      const rows = await query.execute();
      return rows.map(entryFromRow);
    },
    async head() {
      const last = await db
        .selectFrom('auditLog')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
    },
    async hashAt(seq) {
      const row = await db.selectFrom('auditLog').select('hash').where('seq', '=', seq).executeTakeFirst();
      return row?.hash ?? null;
    },
    async appendHead(head) {
      const { seq, hash, signedAt, publicKey, signature } = head;
      await db.insertInto('auditHeads').values({ seq, hash, signedAt, publicKey, signature }).execute();
    },
    async latestHead() {
      const row = await db
        .selectFrom('auditHeads')
        .select(['seq', 'hash', 'signedAt', 'publicKey', 'signature'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? { ...row, seq: Number(row.seq) } : null;
    },
    async *scan(batchSize) {
      for (let after = 0; ; ) {
        const rows = await db
          .selectFrom('auditLog')
          .selectAll()
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(batchSize)
          .execute();
        if (rows.length === 0) return;
        yield rows.map(entryFromRow);
        after = Number(rows.at(-1)!.seq);
      }
    },
  };
}

function entryFromRow(row: Selectable<Database['auditLog']>): AuditEntry {
  return { ...row, seq: Number(row.seq), detail: JSON.parse(row.detail) };
}

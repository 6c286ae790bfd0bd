import type { Kysely, Selectable } from 'kysely';
import type { SignedHead } from '../../core/index.js';
import type { Database } from '../schema.js';
import type { HeadsStore, ServerKey } from '../store.js';

/** The settings key under which the server key is kept, as JSON `{publicKey, privateKeySealed}`. */
const SERVER_KEY = 'server-key';

const HEAD_COLUMNS = ['seq', 'hash', 'signedAt', 'publicKey', 'signature'] as const;

function headFromRow(
  row: Pick<Selectable<Database['registryHeads']>, (typeof HEAD_COLUMNS)[number]>,
): SignedHead {
  return { ...row, seq: Number(row.seq) };
}

export function headsStore(db: Kysely<Database>): HeadsStore {
  const serverKey = async (): Promise<ServerKey | null> => {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SERVER_KEY)
      .executeTakeFirst();
    return row ? (JSON.parse(row.value) as ServerKey) : null;
  };
  return {
    serverKey,
    async claimServerKey(candidate) {
      // Two processes opening a new registry at once may both make a key: the first stored is the one
      // that signs, and the other process takes it rather than overwrite it.
      await db
        .insertInto('settings')
        .values({ key: SERVER_KEY, value: JSON.stringify(candidate) })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      return (await serverKey())!;
    },
    async append(head) {
      await db
        .insertInto('registryHeads')
        .values({
          seq: head.seq,
          hash: head.hash,
          signedAt: head.signedAt,
          publicKey: head.publicKey,
          signature: head.signature,
        })
        .execute();
    },
    async latest() {
      const row = await db
        .selectFrom('registryHeads')
        .select(HEAD_COLUMNS)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? headFromRow(row) : null;
    },
    async list(limit) {
      const rows = await db
        .selectFrom('registryHeads')
        .select(HEAD_COLUMNS)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(headFromRow);
    },
    async heldAt(seq) {
      const row = await db
        .selectFrom('cables')
        .select(['number', 'hash'])
        .where('seq', '=', seq)
        .executeTakeFirst();
      return row ?? null;
    },
  };
}

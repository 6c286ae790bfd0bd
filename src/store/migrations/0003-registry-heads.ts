import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Creates `registry_heads`: every registry head the server has signed, in the
 * order it signed them. The server's own key lives in `settings` (`server-key`).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite numbers an `integer primary key` itself; PostgreSQL needs a sequence for that.
  const idType = dialect === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('registry_heads')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
}

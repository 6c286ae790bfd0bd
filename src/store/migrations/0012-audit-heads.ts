import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Creates `audit_heads`: every head of the audit log the server has signed
 * (the last entry's position and hash), in signing order, so that deleting
 * the last entries of the log is caught as deleting the last cables is.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite numbers an `integer primary key` itself; PostgreSQL needs a sequence for that.
  const idType = dialect === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('audit_heads')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
}

import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Creates `record_accounts`, the index of record cables (issue 13): which
 * conference and session each account tells of. The account itself stays in
 * its cable's payload, signed and chained; this row only lets a session's
 * accounts be found without reading every cable.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('record_accounts')
    .addColumn('cable_seq', dialect === 'sqlite' ? 'integer' : 'bigint', (c) => c.primaryKey())
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('record_accounts_by_session')
    .on('record_accounts')
    .columns(['conference', 'session', 'cable_seq'])
    .execute();
}

import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Releases (issue 15): `release_grants` holds, for every release entry, each
 * cable it released and each reader it widened it to (a person, or `*` for the
 * public), from its date until a withdrawal; `redactions` holds the passages it
 * struck. Both are projections of the signed release entries, rebuilt and
 * compared by verify; the entries themselves stay in their cables' payloads.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const seqType = dialect === 'sqlite' ? 'integer' : 'bigint';
  await db.schema
    .createTable('release_grants')
    .addColumn('entry_seq', seqType, (c) => c.notNull())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('until_at', 'text')
    .addPrimaryKeyConstraint('release_grants_pk', ['entry_seq', 'cable_seq', 'reader'])
    .execute();
  await db.schema
    .createIndex('release_grants_by_reader')
    .on('release_grants')
    .columns(['reader', 'cable_seq'])
    .execute();
  await db.schema
    .createTable('redactions')
    .addColumn('entry_seq', seqType, (c) => c.notNull())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('redactions_pk', ['entry_seq', 'idx'])
    .execute();
}

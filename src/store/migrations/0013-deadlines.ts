import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Deadlines (issue 11): `deadlines` indexes the deadlines cables set (each is
 * held verbatim in its cable's signed payload; the row only finds it without
 * reading every cable), and `deadline_alerts` records each alert as it fires,
 * under a key unique per deadline, alert and person, so that an alert goes
 * out once across restarts and across processes sharing one PostgreSQL.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const seqType = dialect === 'sqlite' ? 'integer' : 'bigint';
  const idType = dialect === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('deadlines')
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadlines_pk', ['cable_seq', 'idx'])
    .execute();
  await db.schema
    .createIndex('deadlines_by_conference')
    .on('deadlines')
    .columns(['conference', 'cable_seq'])
    .execute();
  await db.schema
    .createTable('deadline_alerts')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('firing', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text')
    .addUniqueConstraint('deadline_alerts_once', ['cable_seq', 'idx', 'firing', 'person_id'])
    .execute();
  await db.schema
    .createIndex('deadline_alerts_by_person')
    .on('deadline_alerts')
    .columns(['person_id', 'id'])
    .execute();
}

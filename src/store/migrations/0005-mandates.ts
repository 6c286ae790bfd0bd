import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Mandates and moves: conference plans, the index of directive amendments and
 * reported moves (both also held verbatim in their cables' payloads), the
 * verdicts given to our moves (kept, never overwritten: a re-evaluation adds a
 * row and marks it current), and the alerts raised to principals.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const seqType = dialect === 'sqlite' ? 'integer' : 'bigint';
  // SQLite numbers an `integer primary key` itself; PostgreSQL needs a sequence for that.
  const idType = dialect === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('conference_plans')
    .addColumn('conference_id', 'text', (c) => c.primaryKey().references('conferences.id'))
    .addColumn('plan', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_amendments')
    .addColumn('cable_seq', seqType, (c) => c.primaryKey())
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mandate_amendments_by_issue')
    .on('mandate_amendments')
    .columns(['conference', 'issue', 'cable_seq'])
    .execute();
  await db.schema
    .createTable('moves')
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('move', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('moves_pk', ['cable_seq', 'idx'])
    .execute();
  await db.schema
    .createIndex('moves_by_conference')
    .on('moves')
    .columns(['conference', 'cable_seq'])
    .execute();
  await db.schema
    .createTable('verdicts')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('current', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verdicts_by_move')
    .on('verdicts')
    .columns(['cable_seq', 'idx', 'current'])
    .execute();
  await db.schema
    .createTable('alerts')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('precedence_rank', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text')
    .execute();
  await db.schema
    .createIndex('alerts_by_person')
    .on('alerts')
    .columns(['person_id', 'seen_at', 'id'])
    .execute();
}

import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Workflow (issue 14): `acknowledgements` records each action addressee's
 * explicit acknowledgement of a cable (apart from opening it); `escalations`
 * records each overdue acknowledgement's alert to one recipient under a key
 * unique per cable, addressee and recipient, so it goes out once across
 * restarts and processes; `readings` records who read a READ-OUT cable to
 * whom, and when. Vetting needs no table: its trail is the cables themselves.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const seqType = dialect === 'sqlite' ? 'integer' : 'bigint';
  const idType = dialect === 'sqlite' ? 'integer' : 'bigserial';
  await db.schema
    .createTable('acknowledgements')
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acknowledgements_pk', ['cable_seq', 'person_id'])
    .execute();
  await db.schema
    .createTable('escalations')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('escalations_once', ['cable_seq', 'addressee', 'recipient'])
    .execute();
  await db.schema
    .createIndex('escalations_by_recipient')
    .on('escalations')
    .columns(['recipient', 'id'])
    .execute();
  await db.schema
    .createTable('readings')
    .addColumn('id', idType, (c) => c.primaryKey())
    .addColumn('cable_seq', seqType, (c) => c.notNull())
    .addColumn('read_by', 'text', (c) => c.notNull())
    .addColumn('read_to', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('readings_by_cable').on('readings').columns(['cable_seq', 'id']).execute();
}

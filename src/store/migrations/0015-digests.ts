import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Digests and notifications (issue 14): `digest_schedules` holds the hour and
 * time zone each reader chose for their daily digest; `digests` records each
 * scheduled digest under a key unique per reader and day, claimed before its
 * cable is registered, so that a digest goes out once across restarts and
 * processes; `email_choices` holds who wants which arrivals by e-mail, and where.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('digest_schedules')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('digests')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('cable_id', 'text')
    .addPrimaryKeyConstraint('digests_once', ['person_id', 'day'])
    .execute();
  await db.schema
    .createTable('email_choices')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .execute();
}

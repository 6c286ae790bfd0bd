import { type Kysely, sql } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Organisation changes become registry entries (cables of kind `setup`): the
 * people table gains the columns of the projection they make (roles, cipher
 * aliases, clearance, the end of a person's service), and a partial index finds
 * the setup entries among a million cables at once.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('clearance', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('people').addColumn('ended_at', 'text').execute();
  await db.schema.alterTable('posts').addColumn('closed_at', 'text').execute();
  await db.schema.alterTable('series').addColumn('closed_at', 'text').execute();
  await sql`create index cables_setup on cables (seq) where kind = 'setup'`.execute(db);
}

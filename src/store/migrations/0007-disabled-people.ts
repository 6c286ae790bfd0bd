import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Creates `disabled_people`: a person an administrator has disabled, since
 * when and by whom (null: the operator at the console). A row exists only
 * while the person is disabled; enabling deletes it.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('disabled_people')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('disabled_at', 'text', (c) => c.notNull())
    .addColumn('disabled_by', 'text')
    .execute();
}

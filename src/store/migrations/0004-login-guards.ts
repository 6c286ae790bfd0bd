import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Creates `login_guards`: per login, the times of its recent wrong passwords
 * (a JSON list) and the end of its lock, if locked. A row exists only while
 * there is something to remember; a good password deletes it.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('login_guards')
    .addColumn('login', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}

import type { Kysely } from 'kysely';
import type { Dialect } from './0001-registry.js';

/**
 * Issues negotiated in several dimensions (issue 11): the index of directive
 * amendments records the dimension each amends (`''` for the issue as one
 * term), and the index of moves the dimensions each states a position on
 * (space-separated, `''` for none). Both are read from the signed payloads, so
 * rows indexed before this migration hold `''`, as their cables do; verify
 * recomputes and compares them with the rest of the index.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('mandate_amendments')
    .addColumn('dimension', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('moves')
    .addColumn('dimensions', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

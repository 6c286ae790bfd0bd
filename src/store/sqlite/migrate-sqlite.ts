import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import * as registry from '../migrations/0001-registry.js';
import type { Database } from '../schema.js';

/** SQLite's migrations: the shared schema, then SQLite's own full-text index. */
export async function migrateSqlite(db: Kysely<Database>): Promise<void> {
  const migrations: Record<string, Migration> = {
    '0001-registry': { up: (db) => registry.up(db, 'sqlite') },
    '0002-sqlite-fts': {
      // An external-content FTS5 table: the text lives once, in cables; porter stems English words.
      up: async (db) => {
        await sql`create virtual table cables_fts using fts5(subject, body, content='cables', content_rowid='seq',
          tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
      },
    },
  };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

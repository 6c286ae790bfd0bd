import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import { auditStore } from '../queries/audit.js';
import { authStore, settingsStore } from '../queries/auth.js';
import { deadlineStore } from '../queries/deadlines.js';
import { digestStore } from '../queries/digests.js';
import { directoryStore } from '../queries/directory.js';
import { discardImport } from '../queries/discard-import.js';
import { headsStore } from '../queries/heads.js';
import { mandateStore } from '../queries/mandates.js';
import { recordStore } from '../queries/records.js';
import { type RegistryDialect, registryStore } from '../queries/registry.js';
import { releaseStore } from '../queries/releases.js';
import { workflowStore } from '../queries/workflow.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { backupSqlite } from './backup-sqlite.js';
import { migrateSqlite } from './migrate-sqlite.js';
import { checkTextIndexSqlite, indexTextSqlite, searchSqlite } from './search.js';
import { SqliteDatabase } from './sqlite-driver.js';
import { sqliteReadableSets } from './sqlite-readable-sets.js';
import { withStatementCache } from './statement-cache.js';

/**
 * Opens (creating if need be) the SQLite registry at `path`: WAL journal,
 * synchronous=FULL so a commit is on disk before it returns (PRODUCT.md
 * §Non-negotiables: acknowledged only after a durable commit).
 */
export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another plenipo process (a CLI import, a backup) may hold the write lock for a moment.
  database.pragma('busy_timeout = 5000');
  // SQLite's default page cache is 2 MiB; a search at a million cables probes index pages all over a
  // 4 GB file. With 64 MiB the search benchmark's p95 fell from 70 to 49 ms (narrow reader) and from
  // 96 to 86 ms (wide), back to back; memory-mapping the file as well gained nothing more.
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new CamelCasePlugin()],
  });
  await migrateSqlite(db);
  const readableSets = sqliteReadableSets(database);
  const exclusive = <T>(work: (trx: Kysely<Database>) => Promise<T>) => exclusiveSqlite(db, work);
  const dialect: RegistryDialect = {
    exclusive,
    indexText: (trx, cable) => indexTextSqlite(trx, cable.seq, cable.subject, cable.body),
    search: (db, reader, query, at) => searchSqlite(db, readableSets, reader, query, at),
    checkTextIndex: checkTextIndexSqlite,
  };
  return {
    dialect: 'sqlite',
    directory: directoryStore(db),
    registry: registryStore(db, dialect),
    audit: auditStore(db, exclusive),
    auth: authStore(db, exclusive),
    settings: settingsStore(db),
    heads: headsStore(db),
    mandates: mandateStore(db, exclusive),
    records: recordStore(db),
    releases: releaseStore(db),
    deadlines: deadlineStore(db, exclusive),
    digests: digestStore(db),
    workflow: workflowStore(db),
    backup: (toPath, onProgress = () => {}) => backupSqlite(database, toPath, onProgress),
    // An external-content FTS5 index is emptied by its own 'delete-all' command.
    discardImport: () =>
      discardImport(db, (trx) =>
        sql`insert into cables_fts (cables_fts) values ('delete-all')`.execute(trx).then(() => {}),
      ),
    close: () => {
      readableSets.clear();
      return db.destroy();
    },
  };
}

/**
 * A write transaction that takes SQLite's write lock at BEGIN (IMMEDIATE), so
 * reading the head and appending after it can never interleave with another
 * process's append. Kysely's own transaction begins DEFERRED, hence this.
 */
async function exclusiveSqlite<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

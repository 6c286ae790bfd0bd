import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import * as registry from '../migrations/0001-registry.js';
import * as registryHeads from '../migrations/0003-registry-heads.js';
import * as loginGuards from '../migrations/0004-login-guards.js';
import * as mandates from '../migrations/0005-mandates.js';
import * as setupEntries from '../migrations/0006-setup-entries.js';
import * as disabledPeople from '../migrations/0007-disabled-people.js';
import * as records from '../migrations/0009-records.js';
import * as auditHeads from '../migrations/0012-audit-heads.js';
import * as deadlines from '../migrations/0013-deadlines.js';
import * as workflow from '../migrations/0014-workflow.js';
import * as digests from '../migrations/0015-digests.js';
import * as releases from '../migrations/0016-releases.js';
import * as issueDimensions from '../migrations/0017-issue-dimensions.js';
import type { Database } from '../schema.js';

/** SQLite's migrations: the shared schema, SQLite's own full-text index, then the signed registry heads. */
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
    '0003-registry-heads': { up: (db) => registryHeads.up(db, 'sqlite') },
    '0004-login-guards': { up: (db) => loginGuards.up(db, 'sqlite') },
    '0005-mandates': { up: (db) => mandates.up(db, 'sqlite') },
    '0006-setup-entries': { up: (db) => setupEntries.up(db, 'sqlite') },
    '0007-disabled-people': { up: (db) => disabledPeople.up(db, 'sqlite') },
    '0009-records': { up: (db) => records.up(db, 'sqlite') },
    '0012-audit-heads': { up: (db) => auditHeads.up(db, 'sqlite') },
    '0013-deadlines': { up: (db) => deadlines.up(db, 'sqlite') },
    '0014-workflow': { up: (db) => workflow.up(db, 'sqlite') },
    '0015-digests': { up: (db) => digests.up(db, 'sqlite') },
    '0016-releases': { up: (db) => releases.up(db, 'sqlite') },
    '0017-issue-dimensions': { up: (db) => issueDimensions.up(db, 'sqlite') },
  };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

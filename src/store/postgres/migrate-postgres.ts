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

/**
 * PostgreSQL's migrations: the shared schema, PostgreSQL's own full-text
 * index, then the signed registry heads. Kysely's migrator takes a lock of its
 * own, so several processes starting on a new database migrate it once.
 */
export async function migratePostgres(db: Kysely<Database>): Promise<void> {
  const migrations: Record<string, Migration> = {
    '0001-registry': { up: (db) => registry.up(db, 'postgres') },
    '0002-postgres-fts': {
      // An expression index, so the text lives once, in cables, and `select *` carries no tsvector.
      // The expression must stay exactly the one search.ts matches with (cableText), or the index goes unused.
      up: async (db) => {
        await sql`create index cables_text on cables using gin ((
          setweight(to_tsvector('english'::regconfig, subject), 'A') ||
          to_tsvector('english'::regconfig, body)))`.execute(db);
      },
    },
    '0003-registry-heads': { up: (db) => registryHeads.up(db, 'postgres') },
    '0004-login-guards': { up: (db) => loginGuards.up(db, 'postgres') },
    '0005-mandates': { up: (db) => mandates.up(db, 'postgres') },
    '0006-setup-entries': { up: (db) => setupEntries.up(db, 'postgres') },
    '0007-disabled-people': { up: (db) => disabledPeople.up(db, 'postgres') },
    '0009-records': { up: (db) => records.up(db, 'postgres') },
    '0012-audit-heads': { up: (db) => auditHeads.up(db, 'postgres') },
    '0013-deadlines': { up: (db) => deadlines.up(db, 'postgres') },
    '0014-workflow': { up: (db) => workflow.up(db, 'postgres') },
    '0015-digests': { up: (db) => digests.up(db, 'postgres') },
    '0016-releases': { up: (db) => releases.up(db, 'postgres') },
    '0017-issue-dimensions': { up: (db) => issueDimensions.up(db, 'postgres') },
  };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

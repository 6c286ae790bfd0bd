import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
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
import { backupPostgres } from './backup-postgres.js';
import { migratePostgres } from './migrate-postgres.js';
import { notifyRegistered, registeredChannel } from './registered-channel.js';
import { indexTextPostgres, searchPostgres } from './search.js';

/**
 * The key of the transaction-level advisory lock that is the registry's single
 * write lock across every process on the database ("plenip" in ASCII, kept
 * within a JavaScript number).
 */
const REGISTRY_LOCK = 0x706c656e6970;

/**
 * Opens the PostgreSQL registry at `url` (postgres://…), creating its tables
 * if need be. Any number of plenipo processes may open the same database: the
 * registry lock keeps the chain one line and registry numbers gap-free, and
 * the registered channel carries live push between them. A commit returns
 * once it is durable, with PostgreSQL's default `synchronous_commit = on`
 * (PRODUCT.md §Non-negotiables).
 */
export async function openPostgresStore(url: string): Promise<Store> {
  // Idle connections must not keep a CLI command alive after its work is done.
  const pool = new pg.Pool({ connectionString: url, max: 10, allowExitOnIdle: true });
  // An idle connection the server drops (a restart, a failover) is replaced by the next query; unheard,
  // pg would throw its error out of the process.
  pool.on('error', (error) => {
    process.stderr.write(`plenipo: an idle PostgreSQL connection was lost: ${error.message}\n`);
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const exclusive = <T>(work: (trx: Kysely<Database>) => Promise<T>) => exclusivePostgres(db, work);
  const dialect: RegistryDialect = {
    exclusive,
    indexText: indexTextPostgres,
    search: searchPostgres,
    // The text index is an expression index over the cables' own columns, kept by PostgreSQL: no rows apart.
    checkTextIndex: async () => null,
  };
  const channel = registeredChannel(url);
  // Announcements leave in the order they are made, so other processes push in the order this one does.
  let announced = Promise.resolve();
  return {
    dialect: 'postgres',
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
    backup: backupPostgres,
    discardImport: () => discardImport(db),
    announceRegistered(seq) {
      const next = announced.then(() => notifyRegistered(db, channel.origin, seq));
      announced = next.catch(() => {});
      return next;
    },
    subscribeRegistered: (listener) => channel.subscribe(listener),
    async close() {
      await announced;
      await channel.close();
      await db.destroy();
    },
  };
}

/**
 * A transaction that first takes the registry's advisory lock, held until it
 * commits or rolls back. Every writer of the chain (in this process or any
 * other) takes it, so reading the head and appending after it never
 * interleave; under READ COMMITTED each statement after the lock sees
 * everything the previous holder committed.
 */
async function exclusivePostgres<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REGISTRY_LOCK}::bigint)`.execute(trx);
    return work(trx);
  });
}

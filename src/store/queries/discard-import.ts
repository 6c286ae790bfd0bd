import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The tables an import writes, each before the tables it refers to. */
const WRITTEN_BY_IMPORT = [
  'acknowledgements',
  'escalations',
  'readings',
  'digestSchedules',
  'digests',
  'emailChoices',
  'releaseGrants',
  'redactions',
  'alerts',
  'verdicts',
  'moves',
  'recordAccounts',
  'mandateAmendments',
  'cableLinks',
  'cableIssues',
  'deliveries',
  'cables',
  'registryHeads',
  'auditHeads',
  'conferencePlans',
  'conferences',
  'disabledPeople',
  'memberships',
  'groups',
  'people',
  'series',
  'posts',
] as const;

/**
 * Deletes every row an import writes, in one transaction, so an import that
 * stops at a bad line leaves the registry as empty as it found it (issue 10:
 * imports nothing). `beforeCables` clears what the dialect keeps beside the
 * cables (SQLite's full-text index) while the cables it indexes still exist.
 */
export async function discardImport(
  db: Kysely<Database>,
  beforeCables: (trx: Kysely<Database>) => Promise<void> = async () => {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of WRITTEN_BY_IMPORT) {
      if (table === 'cables') await beforeCables(trx);
      await trx.deleteFrom(table).execute();
    }
    await trx.deleteFrom('settings').where('key', 'in', ['server-key', 'classifications']).execute();
  });
}

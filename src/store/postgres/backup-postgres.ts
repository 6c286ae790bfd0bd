import { DomainError } from '../../core/index.js';

/**
 * A PostgreSQL registry is backed up with PostgreSQL's own tools: `pg_dump`
 * takes one consistent snapshot while registration goes on, and
 * `pg_restore` (or psql) puts it back. plenipo's file backup does not apply.
 */
export async function backupPostgres(): Promise<void> {
  throw new DomainError(
    'invalid-input',
    'A PostgreSQL registry is backed up with pg_dump (e.g. pg_dump -Fc "$DATABASE_URL" > plenipo.dump) and restored with pg_restore.',
  );
}

import { ReadableSets } from '../readable-sets.js';
import type { SqliteConnection } from './sqlite-driver.js';

/**
 * Readers' readable sets read straight off the SQLite connection (a reader of
 * half a million cables reads them as one array of numbers, not as rows), and
 * `plenipo_readable(reader, seq)` registered on it, so a text search checks
 * its matches against them inside the query.
 */
export function sqliteReadableSets(database: SqliteConnection): ReadableSets {
  const head = database.prepare('select seq, hash from cables order by seq desc limit 1');
  const hashAt = database.prepare('select hash from cables where seq = ?').pluck();
  const delivered = database
    .prepare('select cable_seq from deliveries where person_id = ? and cable_seq > ? and cable_seq <= ?')
    .pluck();
  const sets = new ReadableSets({
    head: async () => (head.get() as { seq: number; hash: string } | undefined) ?? { seq: 0, hash: '' },
    hashAt: async (seq) => (hashAt.get(seq) as string | undefined) ?? null,
    deliveredBetween: async (reader, after, through) => delivered.all(reader, after, through) as number[],
  });
  // directOnly: no trigger or view a file could carry may call it.
  database.function('plenipo_readable', { directOnly: true }, (reader, seq) =>
    sets.has(String(reader), Number(seq)) ? 1 : 0,
  );
  return sets;
}

import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { CableIndexRows } from '../store.js';

/** The index rows stored for the cables at positions `firstSeq` to `lastSeq`, each list in one order. */
export async function indexBetween(
  db: Kysely<Database>,
  firstSeq: number,
  lastSeq: number,
): Promise<CableIndexRows> {
  const [issues, links, amendments, moves, records] = await Promise.all([
    db
      .selectFrom('cableIssues')
      .selectAll()
      .where('cableSeq', '>=', firstSeq)
      .where('cableSeq', '<=', lastSeq)
      .orderBy('cableSeq')
      .orderBy('issue')
      .execute(),
    db
      .selectFrom('cableLinks')
      .selectAll()
      .where('fromSeq', '>=', firstSeq)
      .where('fromSeq', '<=', lastSeq)
      .orderBy('fromSeq')
      .orderBy('toSeq')
      .execute(),
    db
      .selectFrom('mandateAmendments')
      .selectAll()
      .where('cableSeq', '>=', firstSeq)
      .where('cableSeq', '<=', lastSeq)
      .orderBy('cableSeq')
      .execute(),
    db
      .selectFrom('moves')
      .selectAll()
      .where('cableSeq', '>=', firstSeq)
      .where('cableSeq', '<=', lastSeq)
      .orderBy('cableSeq')
      .orderBy('idx')
      .execute(),
    db
      .selectFrom('recordAccounts')
      .selectAll()
      .where('cableSeq', '>=', firstSeq)
      .where('cableSeq', '<=', lastSeq)
      .orderBy('cableSeq')
      .execute(),
  ]);
  // PostgreSQL hands bigint columns back as text.
  return {
    issues: issues.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) })),
    links: links.map((row) => ({ fromSeq: Number(row.fromSeq), toSeq: Number(row.toSeq) })),
    amendments: amendments.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) })),
    moves: moves.map((row) => ({ ...row, cableSeq: Number(row.cableSeq), idx: Number(row.idx) })),
    records: records.map((row) => ({ ...row, cableSeq: Number(row.cableSeq) })),
  };
}

import type { ExpressionBuilder, Kysely } from 'kysely';
import type { RedactionRow, ReleaseGrant, ReleaseRows } from '../../core/index.js';
import { cableFromRow } from '../cable-row.js';
import type { ReleasedCable, ReleaseStore } from '../release-store.js';
import type { Database } from '../schema.js';

/** Rows inserted in one statement: well under SQLite's limit of bound parameters. */
const CHUNK = 500;

export function releaseStore(db: Kysely<Database>): ReleaseStore {
  const store: ReleaseStore = {
    add: (rows) => db.transaction().execute((trx) => insertRows(trx, rows)),
    async withdraw(entrySeq, untilAt) {
      await db
        .updateTable('releaseGrants')
        .set({ untilAt })
        .where('entrySeq', '=', entrySeq)
        .where('untilAt', 'is', null)
        .execute();
    },
    replaceAll: (rows) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('releaseGrants').execute();
        await trx.deleteFrom('redactions').execute();
        await insertRows(trx, rows);
      }),
    async rows() {
      const grants = await db
        .selectFrom('releaseGrants')
        .selectAll()
        .orderBy('entrySeq')
        .orderBy('cableSeq')
        .orderBy('reader')
        .execute();
      const redactions = await db
        .selectFrom('redactions')
        .selectAll()
        .orderBy('entrySeq')
        .orderBy('idx')
        .execute();
      return { grants: grants.map(grantFromRow), redactions: redactions.map(redactionFromRow) };
    },
    async releasedAt(readers, cableSeq, at) {
      const [found] = await releasedCables(db, readers, at, 1, (eb) => eb('cables.seq', '=', cableSeq));
      return found ?? null;
    },
    releasedAfter: (readers, at, afterSeq, limit) =>
      releasedCables(db, readers, at, limit, (eb) => eb('cables.seq', '>', afterSeq)),
  };
  return store;
}

async function insertRows(trx: Kysely<Database>, rows: ReleaseRows): Promise<void> {
  for (let i = 0; i < rows.grants.length; i += CHUNK)
    await trx
      .insertInto('releaseGrants')
      .values(rows.grants.slice(i, i + CHUNK))
      .execute();
  for (let i = 0; i < rows.redactions.length; i += CHUNK)
    await trx
      .insertInto('redactions')
      .values(rows.redactions.slice(i, i + CHUNK))
      .execute();
}

type Where = (eb: ExpressionBuilder<Database, 'cables' | 'releaseGrants'>) => ReturnType<typeof eb.and>;

/** The cables released to `readers` in force at `at`, each with the latest release that widened it and its redactions. */
async function releasedCables(
  db: Kysely<Database>,
  readers: readonly string[],
  at: string,
  limit: number,
  where: (eb: ExpressionBuilder<Database, 'cables' | 'releaseGrants'>) => ReturnType<Where>,
): Promise<ReleasedCable[]> {
  if (readers.length === 0) return [];
  const rows = await db
    .selectFrom('releaseGrants')
    .innerJoin('cables', 'cables.seq', 'releaseGrants.cableSeq')
    .selectAll('cables')
    .select((eb) => eb.fn.max('releaseGrants.entrySeq').as('entrySeq'))
    .where('releaseGrants.reader', 'in', [...readers])
    .where('releaseGrants.fromAt', '<=', at)
    .where((eb) => eb.or([eb('releaseGrants.untilAt', 'is', null), eb('releaseGrants.untilAt', '>', at)]))
    .where((eb) => eb.and([where(eb)]))
    .groupBy('cables.seq')
    .orderBy('cables.seq')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const struck = await db
    .selectFrom('redactions')
    .selectAll()
    .where((eb) =>
      eb.or(rows.map((row) => eb.and([eb('entrySeq', '=', row.entrySeq), eb('cableSeq', '=', row.seq)]))),
    )
    .orderBy('start')
    .execute();
  return rows.map((row) => {
    const entrySeq = Number(row.entrySeq);
    const seq = Number(row.seq);
    return {
      cable: cableFromRow(row),
      entrySeq,
      redactions: struck
        .map(redactionFromRow)
        .filter((redaction) => redaction.entrySeq === entrySeq && redaction.cableSeq === seq),
    };
  });
}

function grantFromRow(row: Database['releaseGrants']): ReleaseGrant {
  return { ...row, entrySeq: Number(row.entrySeq), cableSeq: Number(row.cableSeq) };
}

function redactionFromRow(row: Database['redactions']): RedactionRow {
  return {
    ...row,
    entrySeq: Number(row.entrySeq),
    cableSeq: Number(row.cableSeq),
    idx: Number(row.idx),
    start: Number(row.start),
    end: Number(row.end),
  };
}

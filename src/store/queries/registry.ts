import type { ExpressionBuilder, Kysely } from 'kysely';
import {
  type Cable,
  EMPTY_REGISTRY,
  formatRegistryNumber,
  invalidInput,
  isAudienceSeries,
  parseRegistryNumber,
  type RegistryHead,
  standingSeriesOf,
} from '../../core/index.js';
import { cableFromRow, indexRowsOf, rowFromCable } from '../cable-row.js';
import type { Database } from '../schema.js';
import type {
  CableToAppend,
  DeliveredCable,
  RegistryStore,
  ScannedCable,
  SealCable,
  SearchQuery,
  SearchResult,
} from '../store.js';
import { indexBetween } from './cable-index.js';
import { deliveredTo, inbox, readableAfter, thread, widenedAt } from './delivered-cables.js';
import { deliveredOf } from './reader-access.js';

/** What differs between dialects in the registry: locking, text indexing and full-text search. */
export interface RegistryDialect {
  /** Runs `work` in a transaction that holds the registry's single write lock until a durable commit. */
  exclusive<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  indexText(trx: Kysely<Database>, cable: Cable): Promise<void>;
  /** What is wrong with the full-text index against the cables it indexes, or null when it matches them. */
  checkTextIndex(db: Kysely<Database>): Promise<string | null>;
  /** Search within the reader's access (reader-access.ts), widened by the releases in force at `at`. */
  search(db: Kysely<Database>, reader: string, query: SearchQuery, at?: string): Promise<SearchResult>;
}

const SCAN_COLUMNS = 'cables.seq';

export function registryStore(db: Kysely<Database>, dialect: RegistryDialect): RegistryStore {
  return {
    head: () => headOf(db),
    append: (cables, seal) => dialect.exclusive((trx) => appendCables(trx, dialect, cables, seal)),
    restore: (cables) => dialect.exclusive((trx) => restoreCables(trx, dialect, cables)),
    async count() {
      const row = await db
        .selectFrom('cables')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async setupEntries(afterSeq) {
      const rows = await db
        .selectFrom('cables')
        .selectAll()
        .where('kind', '=', 'setup')
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .execute();
      return rows.map(cableFromRow);
    },
    async lastSetupSeq() {
      const row = await db
        .selectFrom('cables')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('kind', '=', 'setup')
        .executeTakeFirst();
      return Number(row?.seq ?? 0);
    },
    readable: (reader, reference, at) => readable(db, reader, reference, at),
    async atSeq(seq) {
      const row = await db.selectFrom('cables').selectAll().where('seq', '=', seq).executeTakeFirst();
      return row ? cableFromRow(row) : null;
    },
    async resolveReference(reference) {
      const row = await db
        .selectFrom('cables')
        .select(['seq', 'id', 'readers'])
        .where(isReferenced(reference))
        .executeTakeFirst();
      return row ? { seq: Number(row.seq), id: row.id, readers: JSON.parse(row.readers) } : null;
    },
    async markRead(reader, seq, at) {
      await db
        .updateTable('deliveries')
        .set({ unread: 0, readAt: at })
        .where('personId', '=', reader)
        .where('cableSeq', '=', seq)
        .where('unread', '=', 1)
        .execute();
    },
    inbox: (reader, query, at) => inbox(db, reader, query, at),
    thread: (reader, seq, limit, at) => thread(db, reader, seq, limit, at),
    readableAfter: (reader, afterSeq, limit, at) => readableAfter(db, reader, afterSeq, limit, at),
    search: (reader, query, at) => dialect.search(db, reader, query, at),
    scan: (batchSize, afterSeq = 0) => scan(db, batchSize, afterSeq),
    indexBetween: (firstSeq, lastSeq) => indexBetween(db, firstSeq, lastSeq),
    async seqsOfIds(ids) {
      const rows = ids.length
        ? await db
            .selectFrom('cables')
            .select(['id', 'seq'])
            .where('id', 'in', [...ids])
            .execute()
        : [];
      return new Map(rows.map((row) => [row.id, Number(row.seq)]));
    },
    checkTextIndex: () => dialect.checkTextIndex(db),
  };
}

async function headOf(db: Kysely<Database>): Promise<RegistryHead> {
  const row = await db
    .selectFrom('cables')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : EMPTY_REGISTRY;
}

async function appendCables(
  trx: Kysely<Database>,
  dialect: RegistryDialect,
  cables: CableToAppend[],
  seal: SealCable,
): Promise<Cable[]> {
  let head = await headOf(trx);
  const nextInSeries = new Map<string, number>();
  const seqOfId = new Map<string, number>();
  const registered: Cable[] = [];
  for (const { envelope, signature, registeredAt, readers } of cables) {
    const seriesSeq = (nextInSeries.get(envelope.series) ?? (await lastInSeries(trx, envelope.series))) + 1;
    nextInSeries.set(envelope.series, seriesSeq);
    const unsealed = {
      ...envelope,
      seq: head.seq + 1,
      number: formatRegistryNumber({ series: envelope.series, sequence: seriesSeq }),
      seriesSeq,
      registeredAt,
      readers,
      signature,
      prevHash: head.hash,
    };
    const cable: Cable = { ...unsealed, hash: seal(unsealed) };
    const linked = await seqsOf(trx, [envelope.inReplyTo, ...envelope.refs], seqOfId);
    await insertCable(trx, dialect, cable, linked);
    seqOfId.set(cable.id, cable.seq);
    registered.push(cable);
    head = { seq: cable.seq, hash: cable.hash };
  }
  return registered;
}

async function restoreCables(
  trx: Kysely<Database>,
  dialect: RegistryDialect,
  cables: Cable[],
): Promise<void> {
  let head = await headOf(trx);
  const seqOfId = new Map<string, number>();
  for (const cable of cables) {
    if (cable.seq !== head.seq + 1 || cable.prevHash !== head.hash) {
      throw invalidInput(
        'seq',
        `cable ${cable.number} does not continue the registry at position ${head.seq}`,
      );
    }
    await insertCable(trx, dialect, cable, await seqsOf(trx, [cable.inReplyTo, ...cable.refs], seqOfId));
    seqOfId.set(cable.id, cable.seq);
    head = { seq: cable.seq, hash: cable.hash };
  }
}

async function insertCable(trx: Kysely<Database>, dialect: RegistryDialect, cable: Cable, linked: number[]) {
  const index = indexRowsOf(cable, linked);
  if (isAudienceSeries(cable.series)) await addAudienceSeries(trx, cable.series);
  await trx.insertInto('cables').values(rowFromCable(cable)).execute();
  await trx.insertInto('deliveries').values(index.deliveries).execute();
  if (index.issues.length > 0) await trx.insertInto('cableIssues').values(index.issues).execute();
  if (index.links.length > 0) await trx.insertInto('cableLinks').values(index.links).execute();
  if (index.amendments.length > 0)
    await trx.insertInto('mandateAmendments').values(index.amendments).execute();
  if (index.moves.length > 0) await trx.insertInto('moves').values(index.moves).execute();
  if (index.records.length > 0) await trx.insertInto('recordAccounts').values(index.records).execute();
  if (index.deadlines.length > 0) await trx.insertInto('deadlines').values(index.deadlines).execute();
  await dialect.indexText(trx, cable);
}

/**
 * Records an audience series (issue 12, finding 2) the first time a cable is
 * numbered in it, as a series of the same posts as its standing series. The
 * directory never lists these: their marks are for their readers' eyes.
 */
async function addAudienceSeries(trx: Kysely<Database>, code: string): Promise<void> {
  const standing = await trx
    .selectFrom('series')
    .selectAll()
    .where('code', '=', standingSeriesOf(code))
    .executeTakeFirst();
  if (!standing) return; // The cable's own foreign key then refuses it, naming the series.
  await trx
    .insertInto('series')
    .values({ ...standing, code, name: `${standing.name}, restricted distribution` })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

async function lastInSeries(trx: Kysely<Database>, series: string): Promise<number> {
  const row = await trx
    .selectFrom('cables')
    .select((eb) => eb.fn.max('seriesSeq').as('last'))
    .where('series', '=', series)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

async function seqsOf(
  trx: Kysely<Database>,
  ids: (string | null)[],
  known: Map<string, number>,
): Promise<number[]> {
  const wanted = ids.filter((id): id is string => id !== null);
  const unknown = wanted.filter((id) => !known.has(id));
  const rows = unknown.length
    ? await trx.selectFrom('cables').select(['id', 'seq']).where('id', 'in', unknown).execute()
    : [];
  const found = new Map(rows.map((row) => [row.id, Number(row.seq)]));
  return wanted.map((id) => known.get(id) ?? found.get(id)).filter((seq): seq is number => seq !== undefined);
}

/** The condition that picks one cable, named by id or by registry number. */
function isReferenced(reference: string) {
  const number = parseRegistryNumber(reference);
  return (eb: ExpressionBuilder<Database, 'cables'>) =>
    number
      ? eb.or([eb('cables.id', '=', reference), eb('cables.number', '=', formatRegistryNumber(number))])
      : eb('cables.id', '=', reference);
}

async function readable(
  db: Kysely<Database>,
  reader: string,
  reference: string,
  at?: string,
): Promise<DeliveredCable | null> {
  const row = await deliveredTo(db, reader, await widenedAt(db, reader, at))
    .where(isReferenced(reference))
    .executeTakeFirst();
  if (!row) return null;
  const [seen] = await deliveredOf(db, [row]);
  return { cable: seen!.cable, readAt: seen!.readAt };
}

async function* scan(db: Kysely<Database>, batchSize: number, afterSeq: number) {
  let after = afterSeq;
  for (;;) {
    const rows = await db
      .selectFrom('cables')
      .selectAll()
      .where('seq', '>', after)
      .orderBy(SCAN_COLUMNS, 'asc')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const first = Number(rows[0]!.seq);
    const last = Number(rows[rows.length - 1]!.seq);
    const deliveries = await db
      .selectFrom('deliveries')
      .select(['cableSeq', 'personId'])
      .where('cableSeq', '>=', first)
      .where('cableSeq', '<=', last)
      .execute();
    const readersBySeq = new Map<number, string[]>();
    for (const delivery of deliveries) {
      const seq = Number(delivery.cableSeq);
      const readers = readersBySeq.get(seq);
      if (readers) readers.push(delivery.personId);
      else readersBySeq.set(seq, [delivery.personId]);
    }
    yield rows.map((row): ScannedCable => {
      const indexedReaders = (readersBySeq.get(Number(row.seq)) ?? []).sort();
      try {
        return { cable: cableFromRow(row), indexedReaders };
      } catch (error) {
        // A row whose lists no longer parse has been tampered with: name it rather than stop the walk.
        return { cable: null, seq: Number(row.seq), number: row.number, problem: (error as Error).message };
      }
    });
    after = last;
  }
}

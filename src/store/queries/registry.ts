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
  InboxQuery,
  RegistryStore,
  ScannedCable,
  SealCable,
  SearchQuery,
  SearchResult,
} from '../store.js';

/** What differs between dialects in the registry: locking, text indexing and full-text search. */
export interface RegistryDialect {
  /** Runs `work` in a transaction that holds the registry's single write lock until a durable commit. */
  exclusive<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  indexText(trx: Kysely<Database>, cable: Cable): Promise<void>;
  search(db: Kysely<Database>, reader: string, query: SearchQuery): Promise<SearchResult>;
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
    readable: (reader, reference) => readable(db, reader, reference),
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
    inbox: (reader, query) => inbox(db, reader, query),
    thread: (reader, seq, limit) => thread(db, reader, seq, limit),
    readableAfter: (reader, afterSeq, limit) => readableAfter(db, reader, afterSeq, limit),
    search: (reader, query) => dialect.search(db, reader, query),
    scan: (batchSize) => scan(db, batchSize),
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

function deliveredTo(db: Kysely<Database>, reader: string) {
  return db
    .selectFrom('deliveries')
    .innerJoin('cables', 'cables.seq', 'deliveries.cableSeq')
    .where('deliveries.personId', '=', reader)
    .selectAll('cables')
    .select('deliveries.readAt');
}

async function readable(
  db: Kysely<Database>,
  reader: string,
  reference: string,
): Promise<DeliveredCable | null> {
  const row = await deliveredTo(db, reader).where(isReferenced(reference)).executeTakeFirst();
  return row ? { cable: cableFromRow(row), readAt: row.readAt } : null;
}

/**
 * A person's inbox or sent box, unread first, then by precedence, newest first.
 * The in-box page walks the reader's deliveries in that order (an index) and
 * skips their own cables; the sent box starts from the cables they wrote.
 */
async function inbox(db: Kysely<Database>, reader: string, query: InboxQuery) {
  const box =
    query.box === 'in'
      ? deliveredTo(db, reader).where('cables.author', '!=', reader)
      : written(db, reader).selectAll('cables').select('deliveries.readAt');
  const [rows, counts] = await Promise.all([
    box
      .orderBy('deliveries.unread', 'desc')
      .orderBy('deliveries.precedenceRank', 'asc')
      .orderBy('deliveries.cableSeq', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    boxCounts(db, reader, query.box),
  ]);
  return { ...counts, cables: rows.map((row) => ({ cable: cableFromRow(row), readAt: row.readAt })) };
}

/** The deliveries to `reader` of the cables they wrote (found through the author index). */
function written(db: Kysely<Database>, reader: string) {
  // CROSS JOIN keeps SQLite from starting at the reader's deliveries, which would read every cable they may read.
  return db
    .selectFrom('cables')
    .crossJoin('deliveries')
    .whereRef('deliveries.cableSeq', '=', 'cables.seq')
    .where('deliveries.personId', '=', reader)
    .where('cables.author', '=', reader);
}

/**
 * How many cables a box holds, and how many of them are unread. The in-box
 * counts are all the reader's deliveries less those of cables they wrote:
 * exact, and two index ranges instead of a lookup of every cable's author.
 */
async function boxCounts(db: Kysely<Database>, reader: string, box: InboxQuery['box']) {
  const countsOf = (row: { total: number | string; unread: number | string | null } | undefined) => ({
    total: Number(row?.total ?? 0),
    unread: Number(row?.unread ?? 0),
  });
  const own = countsOf(
    await written(db, reader)
      .select((eb) => [
        eb.fn.countAll<number>().as('total'),
        eb.fn.sum<number>('deliveries.unread').as('unread'),
      ])
      .executeTakeFirst(),
  );
  if (box === 'sent') return own;
  const all = countsOf(
    await db
      .selectFrom('deliveries')
      .where('personId', '=', reader)
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('unread').as('unread')])
      .executeTakeFirst(),
  );
  return { total: all.total - own.total, unread: all.unread - own.unread };
}

async function thread(db: Kysely<Database>, reader: string, seq: number, limit: number) {
  // Walk references both ways, breadth first, only between cables the reader may read: a cable they may not
  // read must look exactly like one that does not exist, so a thread never runs through it (issue #4).
  const seen = new Set<number>([seq]);
  let frontier = [seq];
  while (frontier.length > 0 && seen.size < limit * 4) {
    const links = await db
      .selectFrom('cableLinks')
      .innerJoin('deliveries as fromReader', (join) =>
        join.onRef('fromReader.cableSeq', '=', 'cableLinks.fromSeq').on('fromReader.personId', '=', reader),
      )
      .innerJoin('deliveries as toReader', (join) =>
        join.onRef('toReader.cableSeq', '=', 'cableLinks.toSeq').on('toReader.personId', '=', reader),
      )
      .select(['cableLinks.fromSeq', 'cableLinks.toSeq'])
      .where((eb) =>
        eb.or([eb('cableLinks.fromSeq', 'in', frontier), eb('cableLinks.toSeq', 'in', frontier)]),
      )
      .execute();
    frontier = [];
    for (const link of links) {
      for (const next of [Number(link.fromSeq), Number(link.toSeq)]) {
        if (!seen.has(next)) {
          seen.add(next);
          frontier.push(next);
        }
      }
    }
  }
  const rows = await deliveredTo(db, reader)
    .where('cables.seq', 'in', [...seen])
    .orderBy('cables.seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ cable: cableFromRow(row), readAt: row.readAt }));
}

async function readableAfter(db: Kysely<Database>, reader: string, afterSeq: number, limit: number) {
  const rows = await deliveredTo(db, reader)
    .where('cables.seq', '>', afterSeq)
    .orderBy('cables.seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ cable: cableFromRow(row), readAt: row.readAt }));
}

async function* scan(db: Kysely<Database>, batchSize: number) {
  let after = 0;
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

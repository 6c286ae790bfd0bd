import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openServices } from '../../src/services/open-services.js';
import { type SqliteConnection, SqliteDatabase } from '../../src/store/sqlite/sqlite-driver.js';
import { report } from '../report.js';
import { CableDrafts } from './cable-drafts.js';
import { type DraftBatch, decodeBatch } from './draft-batch.js';
import type { DraftWorkerData } from './draft-worker.js';
import { organisationOf } from './organisation.js';
import { Prose } from './prose.js';
import { RegistryWriter } from './registry-writer.js';
import { vocabularyOf } from './vocabulary.js';
import { GENERATED_PASSWORD, writeOrganisation } from './write-organisation.js';

/** Bump when generated data changes, so cached registries of an older generator are not reused. */
export const GENERATOR_VERSION = 5;

/** A person chosen to read, and how many cables they may read (`inbox`: those they did not write). */
export interface DesignatedReader {
  id: string;
  readable: number;
  inbox: number;
}

export interface GeneratedRegistry {
  /** The SQLite registry; its master key is `keyPath` (the default `${path}.key`). */
  path: string;
  keyPath: string;
  cables: number;
  seed: number;
  readers: {
    /** May read about 1% of the registry. */
    narrow: DesignatedReader;
    /** May read about half of it (the chancery's permanent member). */
    wide: DesignatedReader;
    /** Has about a tenth of it in their inbox. */
    inbox: DesignatedReader;
  };
  /** Issue tags in use, most used first. */
  issues: string[];
  /** Every generated person's password. */
  password: string;
  generationSeconds: number;
}

const BATCH = 1000;
const IN_FLIGHT = 6;
const PER_TRANSACTION = 50_000;
/** A line on stderr every so many cables: a million take minutes. */
const PROGRESS_EVERY = 100_000;
/** A batch of 1,000 cables takes a worker about a second; one this late means the worker has stalled. */
const STALL_SECONDS = 120;
/** FTS5's default `hashsize`: how many bytes of pending terms it holds before writing them as a segment. */
const FTS_HASHSIZE = 1024 * 1024;

/**
 * A realistic registry of `cables` cables, made once per (size, seed,
 * generator version) and kept under the OS temp folder, so every benchmark of
 * a run (and later runs) shares it. `plenipo verify --db path` passes on it.
 */
export async function generatedRegistry({
  cables,
  seed = 1,
}: {
  cables: number;
  seed?: number;
}): Promise<GeneratedRegistry> {
  const path = join(tmpdir(), `plenipo-bench-v${GENERATOR_VERSION}-${cables}-${seed}.db`);
  const metaPath = `${path}.json`;
  if (existsSync(metaPath) && existsSync(path))
    return JSON.parse(readFileSync(metaPath, 'utf8')) as GeneratedRegistry;
  const building = `${path}.building-${process.pid}`;
  for (const file of [building, `${building}.key`, `${building}-wal`, `${building}-shm`])
    rmSync(file, { force: true });
  const started = performance.now();
  const organisation = organisationOf(seed);
  process.stderr.write(`generating: a registry of ${cables} cables, writing the organisation\n`);
  const services = await openServices(building);
  const sealedKeys = await writeOrganisation(services, organisation);
  const organisationHead = await services.store.registry.head();
  await services.store.close();
  const organised = performance.now();
  process.stderr.write(`generating: a registry of ${cables} cables, organisation written\n`);

  const db = new SqliteDatabase(building);
  // Built, not served: no journal and no fsync while building; a crash leaves only the `.building` file.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('locking_mode = EXCLUSIVE');
  // Every author, series and reference is drafted from the organisation just written.
  db.pragma('foreign_keys = OFF');
  const writer = new RegistryWriter(db, organisationHead);
  const indexes = dropSecondaryIndexes(db);
  // Pending terms kept for a whole transaction make one segment of it, not one per megabyte: fewer to merge.
  setFtsHashsize(db, 128 * FTS_HASHSIZE);
  await writeCables(writer, db, { seed, cables, keyPath: `${building}.key`, sealedKeys });
  setFtsHashsize(db, FTS_HASHSIZE);
  db.exec('begin');
  const readable = writer.finish();
  db.exec('commit');
  process.stderr.write('generating: indexing\n');
  for (const index of indexes) db.exec(index);
  db.pragma('journal_mode = DELETE');
  db.close();
  const seconds = (performance.now() - started) / 1000;

  const registry: GeneratedRegistry = {
    path,
    keyPath: `${path}.key`,
    cables,
    seed,
    readers: chooseReaders(readable, cables, organisation.chancery.reader),
    issues: [...new CableDrafts(seed, cables, organisation, new Prose(vocabularyOf(seed))).issues],
    password: GENERATED_PASSWORD,
    generationSeconds: Math.round(seconds),
  };
  renameSync(`${building}.key`, registry.keyPath);
  renameSync(building, path);
  writeFileSync(metaPath, `${JSON.stringify(registry, null, 2)}\n`);
  report({
    name: 'generate',
    value: cables / seconds,
    unit: 'cables/s',
    note: `${cables} cables in ${Math.round(seconds)} s (organisation ${Math.round((organised - started) / 1000)} s): drafted and signed on 2 worker threads, chained and indexed in 50,000-cable transactions`,
  });
  return registry;
}

/**
 * Drops the secondary indexes of the tables the cables fill, returning their
 * exact SQL to create them again after: one sort per index is far cheaper than
 * millions of scattered inserts, and the schema ends up exactly as migrated.
 */
function dropSecondaryIndexes(db: SqliteConnection): string[] {
  const indexes = db
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
        and tbl_name in ('cables', 'deliveries', 'cable_issues', 'cable_links')`,
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`drop index "${index.name}"`);
  return indexes.map((index) => index.sql);
}

/** Sets the text index's FTS5 `hashsize` (kept in its config table); FTS5 takes only an integer value, so a BigInt. */
function setFtsHashsize(db: SqliteConnection, bytes: number): void {
  db.prepare(`insert into cables_fts (cables_fts, rank) values ('hashsize', ?)`).run(BigInt(bytes));
}

/** Drafting and signing on two workers, batches in flight, appended in order on this thread. */
async function writeCables(
  writer: RegistryWriter,
  db: SqliteConnection,
  data: DraftWorkerData,
): Promise<void> {
  const workers = [0, 1].map(
    () => new Worker(new URL('./draft-worker.js', import.meta.url), { workerData: data }),
  );
  const done = new Map<number, DraftBatch>();
  let wake: () => void = () => {};
  // A worker that fails or stops ends the generation with its reason, rather than leaving it waiting.
  let failed: Error | null = null;
  const fail = (error: Error) => {
    failed ??= error;
    wake();
  };
  for (const worker of workers) {
    worker.on('message', (batch: DraftBatch) => {
      done.set(batch.from, batch);
      wake();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a drafting worker stopped (exit code ${code})`)));
  }
  let nextBatch = 0;
  const send = () => {
    if (nextBatch >= data.cables) return;
    const from = nextBatch;
    workers[(from / BATCH) % 2]!.postMessage({ from, to: Math.min(from + BATCH, data.cables) });
    nextBatch += BATCH;
  };
  for (let k = 0; k < IN_FLIGHT; k += 1) send();
  try {
    db.exec('begin');
    for (let from = 0; from < data.cables; from += BATCH) {
      const waitingSince = performance.now();
      while (!done.has(from)) {
        if (failed) throw failed;
        if (performance.now() - waitingSince > STALL_SECONDS * 1000)
          throw new Error(
            `generating: stopped at cable ${from} of ${data.cables}: no drafting worker answered in ${STALL_SECONDS} s`,
          );
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 1000).unref();
        });
      }
      if (from % PROGRESS_EVERY === 0) process.stderr.write(`generating: ${from} of ${data.cables} cables\n`);
      const batch = done.get(from)!;
      done.delete(from);
      send();
      for (const draft of decodeBatch(batch)) writer.append(draft);
      if ((from + BATCH) % PER_TRANSACTION === 0) {
        db.exec('commit');
        db.exec('begin');
      }
    }
    db.exec('commit');
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The wide reader is the chancery's permanent member; the others are whoever comes nearest 1% and 10%. */
function chooseReaders(readable: Map<string, { all: number; inbox: number }>, cables: number, wide: string) {
  const nearest = (share: number, of: 'all' | 'inbox') => {
    let best: DesignatedReader | null = null;
    for (const [id, counts] of readable) {
      if (id === wide) continue;
      if (
        !best ||
        Math.abs(counts[of] - share * cables) <
          Math.abs((of === 'all' ? best.readable : best.inbox) - share * cables)
      )
        best = { id, readable: counts.all, inbox: counts.inbox };
    }
    return best!;
  };
  const wideCounts = readable.get(wide) ?? { all: 0, inbox: 0 };
  return {
    narrow: nearest(0.01, 'all'),
    wide: { id: wide, readable: wideCounts.all, inbox: wideCounts.inbox },
    inbox: nearest(0.1, 'inbox'),
  };
}

import { searchCables } from '../src/services/cables/search-cables.js';
import { openServices } from '../src/services/open-services.js';
import { SqliteDatabase } from '../src/store/sqlite/sqlite-driver.js';
import { sqliteReadableSets } from '../src/store/sqlite/sqlite-readable-sets.js';
import { type GeneratedRegistry, generatedRegistry } from './generate/generate-registry.js';
import { Random } from './generate/random.js';
import { vocabularyOf } from './generate/vocabulary.js';
import { percentile, report } from './report.js';
import { bruteForceTotals } from './search-oracle.js';
import { type BenchQuery, FILTERS, QUERY_KINDS, QueryDrafter } from './search-queries.js';

const CABLES = Number(process.env.BENCH_SEARCH_CABLES ?? 1_000_000);
/** Queries timed per reader, kind of query and filter. */
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 50);
/** Of those, how many are also counted by brute force. */
const CHECKED = 2;
const TARGET_P95_MS = 50;

interface Timed {
  query: BenchQuery;
  total: number;
  ms: number;
}

/**
 * search: p50 and p95 of searchCables (the service layer: parse, then the
 * store's one query pair, no HTTP) on a generated registry of 1,000,000
 * cables, for one-term, two-term and phrase queries, without a filter and with
 * a date, author or issue filter, for a reader who may read about 1% of the
 * registry and one who may read about half. Totals are checked against a
 * brute-force count on a sample; any difference fails the benchmark.
 */
export async function benchSearch(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES });
  const services = await openServices(registry.path, registry.keyPath);
  const db = new SqliteDatabase(registry.path, { readonly: true });
  const vocabulary = vocabularyOf(registry.seed);
  try {
    for (const [label, reader] of Object.entries({
      narrow: registry.readers.narrow,
      wide: registry.readers.wide,
    })) {
      const readable = db
        .prepare('select cable_seq from deliveries where person_id = ?')
        .pluck()
        .all(reader.id) as number[];
      await reportReadableSet(db, label, reader.id);
      const drafter = new QueryDrafter(vocabulary, registry.issues, db, readable);
      const random = new Random(registry.seed, 21, label.length);
      const all: number[] = [];
      const checked: Timed[] = [];
      for (const kind of QUERY_KINDS) {
        for (const filter of FILTERS) {
          const timed: Timed[] = [];
          for (let i = 0; i < QUERIES; i += 1) {
            const query = drafter.draft(random, kind, filter);
            const started = process.hrtime.bigint();
            const result = await searchCables(services, reader.id, query);
            timed.push({ query, total: result.total, ms: Number(process.hrtime.bigint() - started) / 1e6 });
          }
          checked.push(...timed.slice(0, CHECKED));
          const ms = timed.map((t) => t.ms);
          all.push(...ms);
          const name = `search-${label}-${kind}-${filter === 'none' ? 'plain' : filter}`;
          const hits = timed.map((t) => t.total).sort((a, b) => a - b);
          const note = `${QUERIES} queries; median total ${hits[hits.length >> 1]}, largest ${hits[hits.length - 1]}`;
          report({ name: `${name}-p50`, value: percentile(ms, 0.5), unit: 'ms' });
          report({ name: `${name}-p95`, value: percentile(ms, 0.95), unit: 'ms', note });
        }
      }
      report({
        name: `search-${label}-p95`,
        value: percentile(all, 0.95),
        unit: 'ms',
        note: `${describe(registry, label, reader)}; all ${all.length} queries; service layer (searchCables), first page of 25; target p95 < ${TARGET_P95_MS} ms`,
      });
      report({ name: `search-${label}-p50`, value: percentile(all, 0.5), unit: 'ms' });
      checkTotals(db, reader.id, checked);
      report({
        name: `search-${label}-exact`,
        value: checked.length,
        unit: 'queries',
        note: 'totals equal a brute-force count over the cables the reader may read',
      });
    }
  } finally {
    db.close();
    await services.store.close();
  }
}

/** How long the reader's readable set takes to build from nothing, and its size in memory. */
async function reportReadableSet(db: InstanceType<typeof SqliteDatabase>, label: string, reader: string) {
  const sets = sqliteReadableSets(db);
  const started = performance.now();
  await sets.refresh(reader);
  const ms = performance.now() - started;
  const size = sets.sizeOf(reader)!;
  sets.clear();
  report({
    name: `search-${label}-readable-set-build`,
    value: Math.round(ms * 10) / 10,
    unit: 'ms',
    note: `${size.cables} cables read off the deliveries index into a roaring bitmap, once per reader and process`,
  });
  report({
    name: `search-${label}-readable-set-memory`,
    value: Math.round(size.bytes / 102.4) / 10,
    unit: 'KiB',
  });
}

function checkTotals(db: InstanceType<typeof SqliteDatabase>, reader: string, checked: Timed[]): void {
  const expected = bruteForceTotals(
    db,
    reader,
    checked.map((t) => t.query),
  );
  const wrong = checked.filter((t, i) => t.total !== expected[i]);
  if (wrong.length > 0) {
    const detail = wrong.map(
      (t) => `${JSON.stringify(t.query)}: search ${t.total}, brute force ${expected[checked.indexOf(t)]}`,
    );
    throw new Error(`search totals differ from a brute-force count for ${reader}:\n${detail.join('\n')}`);
  }
}

function describe(
  registry: GeneratedRegistry,
  label: string,
  reader: { id: string; readable: number },
): string {
  const share = ((100 * reader.readable) / registry.cables).toFixed(1);
  return `${label} reader ${reader.id} may read ${reader.readable} of ${registry.cables} cables (${share}%)`;
}

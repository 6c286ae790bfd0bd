import { composeDigest, digestText } from '../src/core/index.js';
import { collectDigest } from '../src/services/digest/collect-digest.js';
import { openServices } from '../src/services/open-services.js';
import { SqliteDatabase } from '../src/store/sqlite/sqlite-driver.js';
import { generatedRegistry } from './generate/generate-registry.js';
import { report } from './report.js';

const CABLES = Number(process.env.BENCH_DIGEST_CABLES ?? 20_000);
const READERS = Number(process.env.BENCH_DIGEST_READERS ?? 2_000);
const TARGET_SECONDS = 60;
const SEED = Number(process.env.BENCH_DIGEST_SEED ?? 1);

/**
 * digest: the digests of 2,000 readers over one window holding 20,000 cables
 * (the generated registry's whole span stands for the day), each collected in
 * its reader's scope and composed with its printable text, against the raw
 * query of the same rows: each reader's deliveries in the window, joined to
 * their cables, with nothing composed. Target: all digests in under a minute.
 */
export async function benchDigest(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES, seed: SEED });
  const db = new SqliteDatabase(registry.path);
  const span = db
    .prepare('select min(registered_at) as first, max(registered_at) as last from cables')
    .get() as {
    first: string;
    last: string;
  };
  const readers = (
    db.prepare("select id from people where id != 'registry' order by id limit ?").all(READERS) as {
      id: string;
    }[]
  ).map((row) => row.id);
  const from = new Date(Date.parse(span.first) - 1).toISOString();
  const until = span.last;
  const raw = db.prepare(
    `select c.seq, c.id, c.number, c.precedence, c.subject, c.registered_at, c.kind, d.read_at
       from deliveries d join cables c on c.seq = d.cable_seq
      where d.person_id = ? and c.registered_at > ? and c.registered_at <= ? and c.author != ?`,
  );
  let rows = 0;
  const rawStarted = performance.now();
  for (const reader of readers) rows += raw.all(reader, from, until, reader).length;
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  db.close();

  const services = await openServices(registry.path, registry.keyPath);
  let arrivals = 0;
  const started = performance.now();
  try {
    for (const reader of readers) {
      const facts = await collectDigest(services, reader, { day: null, from, until });
      const digest = composeDigest(facts);
      digestText(digest);
      arrivals += digest.incoming.total;
    }
  } finally {
    await services.store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  report({
    name: 'digest-build',
    value: seconds,
    unit: 's',
    ceiling: TARGET_SECONDS,
    ratio: seconds / rawSeconds,
    note: `${readers.length} readers' digests over ${CABLES} cables (${arrivals} arrivals named in all; the raw query returned ${rows} rows in ${rawSeconds.toFixed(2)} s); ratio = digests / raw query of the same rows, same run; target < ${TARGET_SECONDS} s`,
  });
  report({ name: 'digest-raw-query', value: rawSeconds, unit: 's' });
}

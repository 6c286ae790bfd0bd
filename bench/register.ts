import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createApiToken } from '../src/services/accounts/authenticate.js';
import { registerCable } from '../src/services/cables/register-cable.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import { SqliteDatabase as Database } from '../src/store/sqlite/sqlite-driver.js';
import { BENCH_PASSWORD, benchDraft, benchRegistry } from './bench-organisation.js';
import { rate, report } from './report.js';
import { answering, serveForBench } from './serve-for-bench.js';

const PEOPLE = 200;
const GROUPS = 20;
const CABLES = Number(process.env.BENCH_CABLES ?? 1500);
const HTTP_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** Serving processes beside the writer in the second HTTP measurement (`plenipo serve --processes`). */
const HTTP_PROCESSES = Number(process.env.BENCH_HTTP_PROCESSES ?? 2);
const BARE = fileURLToPath(new URL('./bare-server.js', import.meta.url));

/**
 * register: cables/s through the service layer, one cable at a time, against
 * the unavoidable work of the same cables (raw inserts with the same indexes
 * and durability, one commit per cable, plus a signature, a verification and
 * two SHA-256 per cable), measured in the same run.
 */
export async function benchRegister(): Promise<void> {
  const { services, dir } = await benchRegistry(PEOPLE, GROUPS);
  try {
    const service = await rate(CABLES, (i) => registerCable(services, 'p0', benchDraft(i, PEOPLE, GROUPS)));
    await services.store.close();
    const ceiling = await rawCeiling(join(dir, 'raw.db'));
    report({ name: 'register', value: service, unit: 'cables/s', ceiling, ratio: service / ceiling });
    inProcess = service;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The in-process figure of `register` when it ran earlier in the same run, for register-http's ratio. */
let inProcess: number | null = null;

/**
 * register-http: cables/s and latency through POST /api/cables with 32
 * clients, from one process and then from `--processes N` beside one writer,
 * against a bare Fastify route parsing the same body, run alike; and against
 * the in-process `register` figure when it ran before in the same run.
 */
export async function benchRegisterHttp(): Promise<void> {
  const { services, dir } = await benchRegistry(PEOPLE, GROUPS);
  const { token } = await createApiToken(services, { login: 'p0', password: BENCH_PASSWORD, name: 'bench' });
  await services.store.close();
  const bare = spawn(process.execPath, [BARE, '7962'], { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    await answering('http://127.0.0.1:7962/bare', 'POST');
    const body = JSON.stringify(benchDraft(7, PEOPLE, GROUPS));
    const ceiling = await load('http://127.0.0.1:7962/bare', body, {});
    const headers = { authorization: `Bearer ${token}` };
    const alone = await loadServer(join(dir, 'plenipo.db'), 7961, [], body, headers);
    const beside = await loadServer(
      join(dir, 'plenipo.db'),
      7963,
      ['--processes', String(HTTP_PROCESSES)],
      body,
      headers,
    );
    for (const [suffix, real, note] of [
      ['', alone, 'one process'],
      [
        `-${HTTP_PROCESSES}-processes`,
        beside,
        `--processes ${HTTP_PROCESSES}: serving processes beside one writer`,
      ],
    ] as const) {
      report({
        name: `register-http${suffix}`,
        value: real.rps,
        unit: 'cables/s',
        ceiling: ceiling.rps,
        ratio: real.rps / ceiling.rps,
        note: `32 connections, ${note}; ceiling is a bare Fastify route parsing the same body`,
      });
      if (inProcess !== null)
        report({
          name: `register-http${suffix}-to-in-process`,
          value: real.rps / inProcess,
          unit: 'ratio',
          note: `against register in the same run, ${Math.round(inProcess)} cables/s one at a time`,
        });
      report({ name: `register-http${suffix}-p50`, value: real.p50, unit: 'ms' });
      report({ name: `register-http${suffix}-p99`, value: real.p99, unit: 'ms' });
      if (real.errors > 0)
        report({ name: `register-http${suffix}-errors`, value: real.errors, unit: 'responses' });
    }
  } finally {
    if (bare.exitCode === null) {
      bare.kill('SIGTERM');
      await once(bare, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadServer(
  db: string,
  port: number,
  flags: string[],
  body: string,
  headers: Record<string, string>,
) {
  const server = await serveForBench(db, port, flags);
  try {
    return await load(`${server.url}/api/cables`, body, headers);
  } finally {
    await server.stop();
  }
}

async function rawCeiling(path: string): Promise<number> {
  await (await openSqliteStore(path)).close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The ceiling skips what the store checks: foreign keys are the store's cost, not the disk's.
  db.pragma('foreign_keys = OFF');
  const columns = db.prepare('select * from pragma_table_info(?)').all('cables') as { name: string }[];
  const insertCable = db.prepare(
    `insert into cables (${columns.map((c) => c.name).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const insertDelivery = db.prepare('insert into deliveries values (?, ?, 3, 1, null)');
  const insertText = db.prepare('insert into cables_fts (rowid, subject, body) values (?, ?, ?)');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const commit = db.transaction((i: number, draft: ReturnType<typeof benchDraft>) => {
    const envelope = JSON.stringify(draft);
    const signature = sign(null, Buffer.from(envelope), privateKey);
    verify(null, Buffer.from(envelope), publicKey, signature);
    createHash('sha256').update(envelope).digest('hex');
    const hash = createHash('sha256')
      .update(envelope + signature.toString('base64'))
      .digest('hex');
    const values = columns.map((c) =>
      c.name === 'seq' || c.name === 'series_seq' ? i : `${c.name}-${i}-${hash}`,
    );
    insertCable.run(...values);
    for (let r = 0; r < 12; r += 1) insertDelivery.run(`p${r}`, i);
    insertText.run(i, draft.subject, draft.body);
  });
  const drafts = Array.from({ length: CABLES }, (_, i) => benchDraft(i, PEOPLE, GROUPS));
  const perSecond = await rate(CABLES, (i) => commit(i + 1, drafts[i]!));
  db.close();
  return perSecond;
}

async function load(url: string, body: string, headers: Record<string, string>) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 32,
    duration: HTTP_SECONDS,
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    rps: result.requests.total / HTTP_SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/index.js';
import { type BackupStep, backupRegistry } from '../../src/services/archive/backup-registry.js';
import { restoreRegistry } from '../../src/services/archive/restore-registry.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import type { Services } from '../../src/services/services.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { aCable } from '../support/a-cable.js';
import { inspectRegistryFile, type RegistryFileReport } from '../support/inspect-registry-file.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { runCli } from '../support/run-cli.js';
import { type ServedRegistry, serveRegistry } from '../support/serve-registry.js';
import { requireBuiltCli } from '../support/start-server.js';
import { type AcknowledgedCable, apiTokenFor, type Writer, writeCables } from '../support/write-cables.js';

/**
 * A backup is taken while writers go on registering. Restored, it must verify,
 * hold every cable acknowledged before the backup began, and be the registry
 * exactly as it stood at one commit: the original chain up to some cable, with
 * nothing missing before it and nothing after it, never a broken chain.
 */

/** Cables acknowledged before the backup starts, so it has something to prove. */
const BEFORE_BACKUP = 40;
const MAX_CABLES_PER_WRITER = 2_000;
/** Four writers, two of them in one series. */
const WRITERS = [
  ['stalin', 'molotov'],
  ['vyshinsky', 'molotov'],
  ['molotov', 'stalin'],
  ['gromyko', 'stalin'],
] as const;

const work = mkdtempSync(join(tmpdir(), 'plenipo-backup-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function londonRegistry(): Promise<TestServices> {
  const registry = await openTestServices('london-1945');
  cleanups.push(registry.cleanup);
  return registry;
}

/** Waits, in bounded steps, until `isDone()`; the writers it waits on stop at their own bound. */
async function waitFor(isDone: () => boolean, what: string) {
  for (let step = 0; step < 2_000 && !isDone(); step += 1) await new Promise((r) => setTimeout(r, 25));
  if (!isDone()) throw new Error(`never happened: ${what}`);
}

/**
 * What a restored registry must be: free of rule breaks; holding every cable
 * in `before` with its number; and equal, cable for cable (position, number,
 * chain hash), to the first N cables of the original, so a cable acknowledged
 * during the backup is in it exactly when it stands at or before position N.
 */
function expectWholePrefix(
  restored: RegistryFileReport,
  original: RegistryFileReport,
  before: { id: string; number: string }[],
  during: { id: string; number: string }[],
) {
  expect(restored.problems).toEqual([]);
  const missing = before.filter((cable) => restored.cables.get(cable.id)?.number !== cable.number);
  expect(missing.map((cable) => cable.number)).toEqual([]);
  const last = restored.cables.size;
  for (const [id, cable] of original.cables) {
    if (cable.seq <= last) expect(restored.cables.get(id), `position ${cable.seq}`).toEqual(cable);
  }
  for (const cable of during) {
    const position = original.cables.get(cable.id)!.seq;
    expect(restored.cables.has(cable.id), `${cable.number} at ${position}`).toBe(position <= last);
  }
  return { last, duringInBackup: during.filter((cable) => restored.cables.has(cable.id)).length };
}

/** Registers cables through the services, one after another, until stopped: an in-process writer. */
async function registerUntil(
  services: Services,
  [author, to]: readonly [string, string],
  acknowledged: { id: string; number: string }[],
  shouldStop: () => boolean,
) {
  for (let n = 0; n < MAX_CABLES_PER_WRITER && !shouldStop(); n += 1) {
    const cable = await registerCable(
      services,
      author,
      aCable({ to: [to], body: `Cable ${n} of ${author}.` }),
    );
    acknowledged.push({ id: cable.id, number: cable.number });
    // Registration through the services never waits on I/O the event loop sees: yield, as requests arriving would.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('backup and restore under load', { timeout: 120_000 }, () => {
  let server: ServedRegistry | null = null;
  cleanups.push(async () => server?.kill());

  it('a CLI backup of a serving registry restores to one that verifies and is a whole prefix of the chain', async () => {
    requireBuiltCli();
    const db = join(work, 'served.db');
    const backupFile = join(work, 'served.backup');
    server = await serveRegistry(db);
    const writers: Writer[] = [];
    for (const [login, to] of WRITERS) {
      writers.push({ login, to, authorization: await apiTokenFor(server.baseUrl, login) });
    }
    const acknowledged: AcknowledgedCable[] = [];
    let stopped = false;
    const { baseUrl } = server;
    const options = { label: 'backup', acknowledged, shouldStop: () => stopped, max: MAX_CABLES_PER_WRITER };
    const load = Promise.all(writers.map((writer) => writeCables(baseUrl, writer, options)));
    await waitFor(() => acknowledged.length >= BEFORE_BACKUP, `${BEFORE_BACKUP} cables acknowledged`);
    const before = [...acknowledged];
    const backup = await runCli(['backup', '--db', db, '--out', backupFile]);
    const during = acknowledged.slice(before.length);
    stopped = true;
    expect((await load).every(({ inDoubt }) => inDoubt === null)).toBe(true);
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    expect(backup.stdout).toContain('does not contain the master key');

    const whileServed = await runCli(['restore', '--from', backupFile, '--db', db, '--force']);
    expect(whileServed, 'a restore over a served registry').toMatchObject({ code: 1 });
    expect(whileServed.stderr).toContain('running plenipo serve');
    await server.stop();

    const restored = join(work, 'restored', 'plenipo.db');
    const withoutKey = await runCli(['restore', '--from', backupFile, '--db', restored]);
    expect(withoutKey, 'a restore with no key file beside the target').toMatchObject({ code: 1 });
    expect(withoutKey.stderr).toContain('a backup does not contain it');
    mkdirSync(dirname(restored));
    copyFileSync(`${db}.key`, `${restored}.key`);
    const restore = await runCli(['restore', '--from', backupFile, '--db', restored]);
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    const verify = await runCli(['verify', '--db', restored]);
    expect(verify, verify.stdout).toMatchObject({ code: 0 });

    const original = inspectRegistryFile(db);
    const { last, duringInBackup } = expectWholePrefix(
      inspectRegistryFile(restored),
      original,
      before,
      during,
    );
    console.log(
      `CLI backup under load: ${before.length} cables acknowledged before it began, ${during.length} while it ran ` +
        `(${duringInBackup} of them in it); it holds positions 1–${last} of ${original.cables.size}`,
    );
  });

  it('a backup taken in process between concurrent registrations holds a whole prefix of the chain', async () => {
    const registry = await londonRegistry();
    const { services } = registry;
    const acknowledged: { id: string; number: string }[] = [];
    let stopped = false;
    const load = Promise.all(
      WRITERS.map((writer) => registerUntil(services, writer, acknowledged, () => stopped)),
    );
    await waitFor(() => acknowledged.length >= BEFORE_BACKUP, `${BEFORE_BACKUP} cables registered`);
    const before = [...acknowledged];
    const steps: BackupStep[] = [];
    const out = join(work, 'in-process.backup');
    const result = await backupRegistry(services, 'test', out, (step) => {
      if (steps.at(-1) !== step) steps.push(step);
    });
    const during = acknowledged.slice(before.length);
    stopped = true;
    await load;
    expect(steps).toEqual(['copy', 'verify']);

    const restored = join(work, 'in-process', 'plenipo.db');
    expect(await restoreRegistry({ from: out, db: restored, keyFile: registry.keyFile })).toEqual({
      cables: result.cables,
    });
    const report = inspectRegistryFile(restored);
    expect(report.cables.size).toBe(result.cables);
    const { last, duringInBackup } = expectWholePrefix(
      report,
      inspectRegistryFile(registry.db),
      before,
      during,
    );
    console.log(
      `in-process backup: ${before.length} cables acknowledged before it began, ${during.length} while it ran ` +
        `(${duringInBackup} of them in it); it holds positions 1–${last}`,
    );
    const audited = await services.store.audit.list({ action: 'registry.backup', limit: 10 });
    expect(audited.map((entry) => entry.detail)).toEqual([
      { file: 'in-process.backup', cables: result.cables, headHash: result.headHash },
    ]);
    const restoreAudit = new Database(restored, { readonly: true });
    expect(
      restoreAudit.prepare(`select count(*) as n from audit_log where action = 'registry.restore'`).get(),
    ).toEqual({ n: 1 });
    restoreAudit.close();
  });

  it('a backup finishes, and holds the last commit, when another connection commits between every step', async () => {
    const registry = await londonRegistry();
    // Over 1024 pages, so the copy takes several steps; the filler is pages like any other to SQLite.
    const other = new Database(registry.db);
    cleanups.push(async () => void other.close());
    other.exec('create table filler (n integer primary key, data blob not null)');
    const insert = other.prepare('insert into filler (data) values (?)');
    other.transaction(() => {
      for (let n = 0; n < 1_500; n += 1) insert.run(Buffer.alloc(4_000));
    })();
    let commits = 0;
    const out = join(work, 'contended.backup');
    await registry.services.store.backup(out, (done, total) => {
      // Bounded, so a copy that restarted forever would end (and fail the count below) rather than hang.
      if (done < total && commits < 100) {
        insert.run(Buffer.alloc(10));
        commits += 1;
      }
    });
    const copy = new Database(out, { readonly: true });
    const { n } = copy.prepare('select count(*) as n from filler').get() as { n: number };
    copy.close();
    expect(n).toBe(1_500 + commits);
    expect(commits).toBeLessThanOrEqual(4);
  });

  it('refuses to overwrite a file, a registry that holds cables, or to restore with the wrong master key', async () => {
    const registry = await londonRegistry();
    const out = join(work, 'refusals.backup');
    const { cables } = await backupRegistry(registry.services, 'test', out);
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) =>
          error instanceof DomainError ? { code: error.code, field: error.field } : { thrown: String(error) },
      );
    expect(await refusal(backupRegistry(registry.services, 'test', out))).toEqual({
      code: 'invalid-input',
      field: 'out',
    });

    const other = await londonRegistry();
    const onto = () => restoreRegistry({ from: out, db: other.db, keyFile: registry.keyFile, force: true });
    await expect(onto(), 'a registry open in this process').rejects.toThrow(/is open in a process/);
    await other.services.store.close();
    await expect(restoreRegistry({ from: out, db: other.db }), 'without --force').rejects.toThrow(
      /already holds a registry: pass --force/,
    );
    const wrongKey = join(work, 'wrong.key');
    writeFileSync(wrongKey, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    const fresh = join(work, 'fresh', 'plenipo.db');
    expect(await refusal(restoreRegistry({ from: out, db: fresh, keyFile: wrongKey }))).toEqual({
      code: 'invalid-input',
      field: 'key',
    });
    expect(existsSync(fresh), 'a refused restore leaves nothing behind').toBe(false);
    expect(await onto()).toEqual({ cables });

    // A registry in use, with its latest commits still in the write-ahead log, is not a backup.
    await registerCable(registry.services, 'stalin', aCable());
    expect(
      await refusal(restoreRegistry({ from: registry.db, db: fresh, keyFile: registry.keyFile })),
    ).toEqual({
      code: 'invalid-input',
      field: 'from',
    });
  });
});

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { runCli } from '../support/run-cli.js';
import { requireBuiltCli } from '../support/start-server.js';

// Each command is a new Node process, and `demo` and `users add` hash passwords: allow for a slow machine.
const SLOW = 180_000;

let work: string;
let db: string;

beforeAll(async () => {
  requireBuiltCli();
  work = mkdtempSync(join(tmpdir(), 'plenipo-cli-audit-'));
  db = join(work, 'london.db');
  const demo = await runCli(['demo', '--db', db]);
  expect(demo, demo.stderr).toMatchObject({ code: 0 });
}, SLOW);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A copy of the registry (WAL folded in) with its master key beside it. */
function copyOfRegistry(name: string): string {
  const connection = new Database(db);
  connection.pragma('wal_checkpoint(TRUNCATE)');
  connection.close();
  const copy = join(work, `${name}.db`);
  copyFileSync(db, copy);
  copyFileSync(`${db}.key`, `${copy}.key`);
  return copy;
}

function tamper(file: string, statement: string) {
  const connection = new Database(file);
  try {
    connection.prepare(statement).run();
  } finally {
    connection.close();
  }
}

/** The positions of the listed entries, in the order printed. */
const seqsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => Number(line.trim().split(/\s+/)[0]));

describe('plenipo users', { timeout: SLOW }, () => {
  it('adds a person with the password from stdin, who is then listed', async () => {
    const added = await runCli(
      ['users', 'add', '--db', db, '--id', 'novikov', '--name', 'Nikolai Novikov', '--post', 'london'],
      { input: 'a-long-password\n' },
    );
    // Without a terminal the password is read from stdin, as with --password-stdin.
    expect(added, added.stderr).toMatchObject({ code: 0 });
    expect(added.stdout).toContain('Added Nikolai Novikov (id and login novikov, post london)');

    const listed = await runCli(['users', 'list', '--db', db]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^novikov\s+london\s+no\s+-\s+Nikolai Novikov$/m);
    expect(listed.stdout).toMatch(/^poskrebyshev\s+centre\s+yes\s/m);
    expect(listed.stdout).toMatch(/^beria\s+centre\s+no\s+four,three\s/m);
  });

  it('refuses a person with a post that does not exist, naming the flag, and adds nothing', async () => {
    const refused = await runCli(
      ['users', 'add', '--db', db, '--id', 'zarubin', '--name', 'Georgy Zarubin', '--post', 'paris'],
      { input: 'a-long-password\n' },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--post: no post is called 'paris'");
    const listed = await runCli(['users', 'list', '--db', db, '--json']);
    expect(JSON.parse(listed.stdout).map((p: { id: string }) => p.id)).not.toContain('zarubin');
  });
});

describe('plenipo audit', { timeout: SLOW }, () => {
  it('lists the log newest first, by actor and action, up to --limit', async () => {
    const all = await runCli(['audit', '--db', db]);
    expect(all.code).toBe(0);
    const seqs = seqsOf(all.stdout);
    expect(seqs.length).toBeGreaterThan(20);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // The newest entry is the person the operator added, with no actor: the console has none.
    expect(all.stdout.split('\n')[0]).toMatch(/\s-\s+person\.create\s+"novikov"\s/);

    const three = await runCli(['audit', '--db', db, '--action', 'membership.start', '--limit', '3']);
    const lines = three.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain('membership.start');

    const nobody = await runCli(['audit', '--db', db, '--actor', 'molotov']);
    expect(nobody).toMatchObject({ code: 0, stdout: '' });
  });

  it('refuses a bad --limit, naming the flag', async () => {
    const refused = await runCli(['audit', '--db', db, '--limit', 'many']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--limit: /);
  });

  it('--verify recomputes the chain: exit 0 and the count', async () => {
    const result = await runCli(['audit', '--db', db, '--verify']);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^OK: \d+ audit entries verified/);
  });

  it('--verify names an edited entry (hash-mismatch) and exits 1', async () => {
    const copy = copyOfRegistry('edited');
    tamper(copy, "update audit_log set subject = 'stalin' where seq = 7");
    const result = await runCli(['audit', '--db', copy, '--verify']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED at audit entry 7 \(.*\): hash-mismatch: /);
  });

  it('--verify names the entry after a deleted one (out-of-order) and exits 1', async () => {
    const copy = copyOfRegistry('deleted');
    tamper(copy, 'delete from audit_log where seq = 12');
    const result = await runCli(['audit', '--db', copy, '--verify']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAILED at audit entry 13 \(.*\): out-of-order: expected entry 12, found 13/,
    );
  });

  it('--verify names an entry re-hashed without its link (broken-link) and exits 1', async () => {
    const copy = copyOfRegistry('relinked');
    tamper(copy, `update audit_log set prev_hash = '${'0'.repeat(64)}' where seq = 20`);
    const result = await runCli(['audit', '--db', copy, '--verify']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED at audit entry 20 \(.*\): broken-link: /);
  });
});

describe('plenipo users at the console, on locks and disabled people', { timeout: SLOW }, () => {
  it('unlocks a locked login at the console, audited with no actor', async () => {
    tamper(
      db,
      "insert into login_guards (login, failures, locked_until) values ('poskrebyshev', '[]', '2999-01-01T00:00:00.000Z')",
    );
    const unlocked = await runCli(['users', 'unlock', 'poskrebyshev', '--db', db]);
    expect(unlocked, unlocked.stderr).toMatchObject({ code: 0 });
    expect(unlocked.stdout).toContain('Unlocked poskrebyshev (it was locked until 2999-01-01T00:00:00.000Z)');
    const connection = new Database(db, { readonly: true });
    try {
      expect(connection.prepare('select count(*) as n from login_guards').get()).toEqual({ n: 0 });
    } finally {
      connection.close();
    }
    const audited = await runCli(['audit', '--db', db, '--action', 'login.unlock']);
    expect(audited.stdout).toMatch(/ -\s+login\.unlock {2}"poskrebyshev"/);
  });

  it('disables and enables a person at the console', async () => {
    const disabled = await runCli(['users', 'disable', 'gusev', '--db', db]);
    expect(disabled, disabled.stderr).toMatchObject({ code: 0 });
    expect(disabled.stdout).toContain('Disabled gusev');
    const enabled = await runCli(['users', 'enable', 'gusev', '--db', db]);
    expect(enabled.stdout).toContain('Enabled gusev');
    const unknown = await runCli(['users', 'disable', 'trotsky', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No person found.');
  });
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { runCli } from '../support/run-cli.js';
import { requireBuiltCli } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

const SETUP = readFileSync(new URL('../../scenarios/bargaining/setup.yaml', import.meta.url), 'utf8');

let work: string;
let db: string;
let file: string;

beforeAll(() => {
  requireBuiltCli();
  work = mkdtempSync(join(tmpdir(), 'plenipo-setup-'));
  db = join(work, 'union.db');
  file = join(work, 'setup.yaml');
  writeFileSync(file, SETUP);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A copy of the registry set up so far, with its key, to edit without spoiling the others' tests. */
function copyOfRegistry(name: string): string {
  const copy = join(work, `${name}.db`);
  const raw = new Database(db);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
  copyFileSync(db, copy);
  copyFileSync(`${db}.key`, `${copy}.key`);
  return copy;
}

describe('setting up an organisation from the console, with no code', { timeout: SLOW }, () => {
  it('applies a setup file to an empty registry as one signed setup entry, and a second time changes nothing', async () => {
    const first = await runCli(['apply', file, '--db', db]);
    expect(first, first.stderr).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('person reyes created: Daniel Reyes at table');
    // REG 0001 is the registry's own entry, which opens the chain with the server key.
    expect(first.stdout).toMatch(/Recorded \d+ changes as REG 0002/);
    const again = await runCli(['apply', file, '--db', db]);
    expect(again.stdout).toContain('nothing to change');
  });

  it('adds an administrator with no post from the console', async () => {
    const added = await runCli(
      ['users', 'add', '--db', db, '--id', 'clerk', '--name', 'First Clerk', '--admin', '--password-stdin'],
      { input: 'correct horse battery\n' },
    );
    expect(added, added.stderr).toMatchObject({ code: 0 });
    expect(added.stdout).toContain('post the registry, an administrator');
  });

  it('prints exactly the difference of an edited file on --dry-run, and records nothing', async () => {
    const edited = join(work, 'edited.yaml');
    writeFileSync(
      edited,
      SETUP.replace('title: Research analyst', 'title: Senior research analyst').replace(
        '  - { id: brooks,',
        '  - { id: ito, name: Ken Ito, title: Steward, post: table }\n  - { id: brooks,',
      ),
    );
    const dry = await runCli(['apply', edited, '--db', db, '--dry-run']);
    expect(dry, dry.stderr).toMatchObject({ code: 0 });
    expect(dry.stdout.trim().split('\n')).toEqual([
      'would: person chen changed: name "May Chen", title "Senior research analyst"',
      'would: person ito created: Ken Ito at table, cleared CONFIDENTIAL',
      '2 changes; nothing recorded (dry run)',
    ]);
    const after = await runCli(['apply', file, '--db', db]);
    expect(after.stdout).toContain('nothing to change');
  });

  it('names the file, line and field of a setup file that would break the registry, and changes nothing', async () => {
    const broken = join(work, 'broken.yaml');
    const text = SETUP.replace('post: table, aliases: [anchor]', 'post: nowhere, aliases: [anchor]').replace(
      'Daniel Reyes, title',
      'Daniel Reyes Jr, title',
    );
    writeFileSync(broken, text);
    const line = text.split('\n').findIndex((l) => l.includes('post: nowhere')) + 1;
    const refused = await runCli(['apply', broken, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${broken}:${line}: people[3].post: no post is called 'nowhere'`);
    const again = await runCli(['apply', file, '--db', db]);
    expect(again.stdout).toContain('nothing to change');
  });

  it('verifies the registry it set up', async () => {
    const verified = await runCli(['verify', '--db', db]);
    expect(verified, verified.stdout).toMatchObject({ code: 0 });
  });

  const EDITS: [string, string, RegExp][] = [
    ['an admin flag', "update people set is_admin = 1 where id = 'reyes'", /people row 'reyes'.*isAdmin/],
    [
      "a person's public key",
      "update people set public_key = (select public_key from people where id = 'okafor') where id = 'reyes'",
      /people row 'reyes'.*publicKey/,
    ],
    [
      'a membership',
      "update memberships set until_at = '2027-02-01T00:00:00Z' where person_id = 'okafor'",
      /memberships row 'executive\/okafor/,
    ],
    [
      'a plan',
      'update conference_plans set plan = replace(plan, \'"okafor"\', \'"morales"\')',
      /conference_plans row 'contract-2027'/,
    ],
  ];
  for (const [what, sql, named] of EDITS) {
    it(`fails verify and names the row after ${what} is edited in the database file`, async () => {
      const copy = copyOfRegistry(what.replaceAll(/\W/g, '-'));
      const raw = new Database(copy);
      raw.exec(sql);
      raw.close();
      const verified = await runCli(['verify', '--db', copy]);
      expect(verified.code).toBe(1);
      expect(verified.stdout).toMatch(named);
    });
  }
});

import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { EventStream } from '../support/event-stream.js';
import { logIn } from '../support/login.js';
import { EXAMPLE_CABLES, EXAMPLE_ENTRIES } from '../support/open-test-services.js';
import { runCli } from '../support/run-cli.js';
import { requireBuiltCli, type StartedServer, startServer } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

let work: string;
let base: string;

beforeAll(async () => {
  requireBuiltCli();
  work = mkdtempSync(join(tmpdir(), 'plenipo-cli-'));
  base = join(work, 'london.db');
  const demo = await runCli(['demo', '--db', base]);
  expect(demo, demo.stderr).toMatchObject({ code: 0 });
  expect(demo.stdout).toContain(`${EXAMPLE_CABLES} cables`);
  // Fold the WAL into the database file, so the file alone holds every cable and can be copied and edited.
  const db = new Database(base);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}, SLOW);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A copy of the example registry with its master key beside it, as `<db>.key`. */
function copyOfExample(name: string): string {
  const db = join(work, `${name}.db`);
  copyFileSync(base, db);
  copyFileSync(`${base}.key`, `${db}.key`);
  return db;
}

function cableRow(db: string, seq: number) {
  const connection = new Database(db, { readonly: true });
  try {
    return connection
      .prepare('select number, body, readers, signature from cables where seq = ?')
      .get(seq) as {
      number: string;
      body: string;
      readers: string;
      signature: string;
    };
  } finally {
    connection.close();
  }
}

/**
 * Edits the database file itself, as a disk fault or an intruder with a hex
 * editor would: every copy of `text` in the file (a page may keep stale copies
 * of a row) has the character at `offset` replaced by another letter.
 */
function flipCharacterInFile(db: string, text: string, offset: number) {
  const file = readFileSync(db);
  const needle = Buffer.from(text, 'utf8');
  const original = needle[offset]!;
  expect(String.fromCharCode(original)).toMatch(/[A-Za-z]/);
  const replacement = (original === 0x61 ? 0x65 : 0x61) as number; // 'a' ↔ 'e'
  let copies = 0;
  for (let at = file.indexOf(needle); at >= 0; at = file.indexOf(needle, at + 1)) {
    file[at + offset] = replacement;
    copies += 1;
  }
  expect(copies, `copies of ${JSON.stringify(text.slice(0, 40))} in the file`).toBeGreaterThan(0);
  writeFileSync(db, file);
}

/** The offset of the first letter at or after `from`. */
const letterAt = (text: string, from: number) => from + text.slice(from).search(/[A-Za-z]/);

describe('plenipo demo and verify', { timeout: SLOW }, () => {
  it('loads the example and verifies it, printing the number of cables and exiting 0', async () => {
    const result = await runCli(['verify', '--db', copyOfExample('untouched')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${EXAMPLE_ENTRIES} cables verified`);
  });

  it('exits 1 naming the cable whose body was changed by one letter in the database file', async () => {
    const db = copyOfExample('body');
    const { number, body } = cableRow(db, 17);
    flipCharacterInFile(db, body, letterAt(body, 10));
    const result = await runCli(['verify', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAILED at ${number}`);
  });

  it('exits 1 naming the cable whose signature was changed by one character in the database file', async () => {
    const db = copyOfExample('signature');
    const { number, signature } = cableRow(db, 30);
    flipCharacterInFile(db, signature, letterAt(signature, 20));
    const result = await runCli(['verify', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAILED at ${number}`);
  });

  it('exits 1 naming the cable whose readers were changed by one letter in the database file', async () => {
    const db = copyOfExample('readers');
    const { number, readers, signature } = cableRow(db, 45);
    // The readers column sits just before the signature in the row, which makes this row's readers unique in the file.
    flipCharacterInFile(db, readers + signature, letterAt(readers, 2));
    const result = await runCli(['verify', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAILED at ${number}`);
  });
});

describe('plenipo export and import', { timeout: SLOW }, () => {
  it('copies the registry through JSON Lines into a new file that verifies with every cable', async () => {
    const source = copyOfExample('export-source');
    const exported = join(work, 'registry.jsonl');
    const exporting = await runCli(['export', '--jsonl', '--db', source, '--out', exported]);
    expect(exporting, exporting.stderr).toMatchObject({ code: 0 });
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    expect(lines.filter((line) => line.startsWith('{"type":"cable"'))).toHaveLength(EXAMPLE_ENTRIES);

    const target = join(work, 'imported.db');
    copyFileSync(`${source}.key`, `${target}.key`);
    const importing = await runCli(['import', '--jsonl', '--db', target, '--in', exported]);
    expect(importing, importing.stderr).toMatchObject({ code: 0 });
    expect(importing.stdout).toContain(`Imported ${EXAMPLE_ENTRIES} cables`);

    const verifying = await runCli(['verify', '--db', target]);
    expect(verifying.code).toBe(0);
    expect(verifying.stdout).toContain(`${EXAMPLE_ENTRIES} cables verified`);
  });

  it('refuses a tampered export, naming the line and the cable, and exits 1', async () => {
    const source = copyOfExample('export-tampered');
    const exported = join(work, 'tampered.jsonl');
    expect((await runCli(['export', '--jsonl', '--db', source, '--out', exported])).code).toBe(0);
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    const at = lines.findIndex((line) => line.includes('"number":"TOLON/T6JXT0 0004"'));
    lines[at] = lines[at]!.replace('"body":"', '"body":"Not so. ');
    writeFileSync(exported, `${lines.join('\n')}\n`);
    const target = join(work, 'refused.db');
    copyFileSync(`${source}.key`, `${target}.key`);
    const importing = await runCli(['import', '--jsonl', '--db', target, '--in', exported]);
    expect(importing.code).toBe(1);
    expect(importing.stderr).toContain(`line ${at + 1}`);
    expect(importing.stderr).toContain('TOLON/T6JXT0 0004');
  });
});

describe('the remote commands against a running plenipo serve', { timeout: SLOW }, () => {
  let server: StartedServer;
  const configOf: Record<string, string> = {};
  beforeAll(async () => {
    server = await startServer();
    for (const person of ['stalin', 'molotov', 'beria']) {
      configOf[person] = mkdtempSync(join(work, `config-${person}-`));
    }
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
  }, SLOW);

  /** Runs a remote command as `person`, whose token lives in their own config folder. */
  const as = (person: string, args: string[], input?: string) =>
    runCli(args, { input, env: { XDG_CONFIG_HOME: configOf[person]! } });

  it('logs in with the password on stdin and keeps the token readable by the user only', async () => {
    for (const person of ['stalin', 'molotov', 'beria']) {
      const result = await as(
        person,
        ['login', '--server', server.baseUrl, '--user', person, '--password-stdin'],
        'demo\n',
      );
      expect(result, result.stderr).toMatchObject({ code: 0 });
      expect(result.stdout).toContain(`Signed in to ${server.baseUrl}`);
      const credentials = join(configOf[person]!, 'plenipo', 'credentials.json');
      expect(statSync(credentials).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(credentials, 'utf8'))).toMatchObject({
        server: server.baseUrl,
        login: person,
        token: expect.stringMatching(/^plt_/),
      });
    }
  });

  it('refuses a wrong password and saves nothing', async () => {
    const config = mkdtempSync(join(work, 'config-wrong-'));
    const result = await runCli(
      ['login', '--server', server.baseUrl, '--user', 'molotov', '--password-stdin'],
      { input: 'niet\n', env: { XDG_CONFIG_HOME: config } },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plenipo: The login or password is wrong.');
  });

  let sent: string;
  it('sends a cable, answering with its registry number', async () => {
    const result = await as('stalin', [
      'send',
      '--to',
      'molotov',
      '--info',
      'beria',
      '--precedence',
      'IMMEDIATE',
      '--classification',
      'TOP SECRET',
      '--kind',
      'directive',
      '--subject',
      'Zanzibar: no position yet',
      '--issue',
      'zanzibar',
      '--body',
      'Take no position on Zanzibar until you hear from me.',
    ]);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    sent = /Registered (TOLON\/[0-9A-Z]{6} \d{4})/.exec(result.stdout)?.[1] ?? '';
    expect(sent).toMatch(/^TOLON\/[0-9A-Z]{6} 0001$/);
  });

  it('sends a body read from stdin', async () => {
    const result = await as(
      'molotov',
      [
        'send',
        '--to',
        'stalin',
        '--classification',
        'SECRET',
        '--kind',
        'reply',
        '--subject',
        'Understood',
        '--reply-to',
        sent,
      ],
      'Understood: nothing on Zanzibar.\n',
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/Registered LONTO\/MR4CCX 0016/);
  });

  it('refuses a cable to an unknown group, naming the field, and exits 1', async () => {
    const result = await as('stalin', [
      'send',
      '--to',
      'fiver',
      '--classification',
      'SECRET',
      '--subject',
      'x',
      '--body',
      'y',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("to[0]: no person or group is called 'fiver'");
  });

  it('sends a structured payload from a JSON file, the server naming the field of a step not on the ladder', async () => {
    const payload = join(work, 'insert-step.json');
    writeFileSync(
      payload,
      JSON.stringify({
        type: 'mandate-amendment',
        conference: 'london-1945',
        issue: 'germany-demilitarization',
        changes: [
          {
            op: 'insert-step',
            step: { id: 'pact-for-ten-years', label: 'A pact for ten years' },
            after: 'no-such-step',
          },
        ],
      }),
    );
    const draft = ['--to', 'molotov', '--classification', 'TOP SECRET', '--kind', 'directive'];
    const result = await as('stalin', [
      'send',
      ...draft,
      '--subject',
      'x',
      '--body',
      'y',
      '--payload',
      payload,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('payload.changes[0].after');
    writeFileSync(payload, '{ not json');
    const unreadable = await as('stalin', [
      'send',
      ...draft,
      '--subject',
      'x',
      '--body',
      'y',
      '--payload',
      payload,
    ]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('--payload');
  });

  it('lists the new cable unread in the inbox of its addressee, and read once shown', async () => {
    const before = await as('molotov', ['inbox']);
    expect(before, before.stderr).toMatchObject({ code: 0 });
    expect(before.stdout).toMatch(new RegExp(`^\\* ${sent}\\s.*IMMEDIATE.*Zanzibar: no position yet$`, 'm'));

    const shown = await as('molotov', ['show', sent]);
    expect(shown, shown.stderr).toMatchObject({ code: 0 });
    expect(shown.stdout).toContain('Subject: Zanzibar: no position yet');
    expect(shown.stdout).toContain('Take no position on Zanzibar until you hear from me.');
    expect(shown.stdout).toContain(`Thread: ${sent} → LONTO/MR4CCX 0016`);

    // Read cables sort after the unread ones, so look through the whole box.
    const after = await as('molotov', ['inbox', '--limit', '200']);
    expect(after.stdout).toMatch(new RegExp(`^  ${sent}\\s`, 'm'));
  });

  it('finds the cable by a word of its body, for its readers only', async () => {
    for (const [person, total] of [
      ['stalin', 2],
      ['molotov', 2],
      ['beria', 1],
    ] as const) {
      const result = await as(person, ['search', 'Zanzibar']);
      expect(result, result.stderr).toMatchObject({ code: 0 });
      expect(result.stdout).toContain(`${total} cables match`);
      expect(result.stdout).toContain(sent);
      expect(result.stdout).toContain('[Zanzibar]');
    }
  });

  it('shows a READ-OUT cable without its body, and refuses it to molotov as missing', async () => {
    const shown = await as('beria', ['show', 'CEN/SEMBZD 0001']);
    expect(shown, shown.stderr).toMatchObject({ code: 0 });
    expect(shown.stdout).toContain('[READ-OUT: shown only in the web UI, never copied through the API]');
    expect(shown.stdout).not.toContain('popularity');
    const refused = await as('molotov', ['show', 'CEN/SEMBZD 0001']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('plenipo: No cable found.\n');
  });

  it('logs out by revoking the token on the server, so the token no longer opens anything', async () => {
    const credentials = join(configOf.beria!, 'plenipo', 'credentials.json');
    const { token } = JSON.parse(readFileSync(credentials, 'utf8')) as { token: string };
    const result = await as('beria', ['logout']);
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('the token is revoked');
    const refused = await runCli(['inbox', '--server', server.baseUrl], { env: { PLENIPO_TOKEN: token } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Sign in first');
  });

  it('leaves a registry that verifies with the new cables in it', async () => {
    const result = await runCli(['verify', '--db', server.db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${EXAMPLE_ENTRIES + 2} cables verified`);
  });
});

describe('plenipo serve', { timeout: SLOW }, () => {
  it('prints a banner with the demo logins, then a short line per request, never a secret or a query', async () => {
    const server = await startServer([]);
    try {
      const session = await logIn(server.baseUrl, 'stalin');
      const search = await fetch(`${server.baseUrl}/api/search?q=Trieste`, { headers: session.reads });
      expect(search.status).toBe(200);
      await untilOutput(server, /GET \/api\/search 200/);
      const output = server.output();
      expect(output).toContain(`is serving ${server.baseUrl}`);
      expect(output).toContain(`registry   ${server.db}`);
      expect(output).toContain('London 1945 is loaded; demo logins, each with the password "demo":');
      expect(output).toContain('poskrebyshev (administrator)');
      expect(output).toMatch(/^\d\d:\d\d:\d\d POST \/api\/login 200 \d+ ms$/m);
      expect(output).toMatch(/^\d\d:\d\d:\d\d GET \/api\/search 200 \d+ ms$/m);
      expect(output).not.toContain(session.cookie.split('=')[1]);
      expect(output).not.toContain(session.csrf);
      expect(output).not.toContain('Trieste');
      expect(output).not.toContain('"level"');
    } finally {
      await server.stop();
    }
  });

  it('logs JSON lines instead with --log-json, the cookie redacted', async () => {
    const server = await startServer(['--log-json']);
    try {
      const session = await logIn(server.baseUrl, 'stalin');
      await untilOutput(server, /"url":"\/api\/me"/);
      expect(server.output()).toContain('"level":30');
      expect(server.output()).not.toContain(session.cookie.split('=')[1]);
    } finally {
      await server.stop();
    }
  });

  it('stops by itself on SIGTERM while a browser is still listening for live push', async () => {
    const server = await startServer();
    const listening = await EventStream.open(server.baseUrl, await logIn(server.baseUrl, 'beria'));
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    await listening.ended;
  });

  it('stops by itself on SIGTERM while a client has sent half a request and gone quiet', async () => {
    const server = await startServer();
    const { port } = new URL(server.baseUrl);
    const client = connect(Number(port), '127.0.0.1');
    await once(client, 'connect');
    client.on('error', () => {});
    client.write('POST /api/cables HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n');
    client.write('Content-Length: 100\r\n\r\n{"to":');
    // Without a grace period the stop would wait for the request to time out, and be killed first.
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    client.destroy();
  });
});

/** Waits until the server has written what the test expects (its log line follows its answer), however long. */
async function untilOutput(server: { output(): string }, expected: RegExp): Promise<void> {
  while (!expected.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 20));
}

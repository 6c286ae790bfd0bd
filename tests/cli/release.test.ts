import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { runCli } from '../support/run-cli.js';
import { type StartedServer, startServer } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

describe('plenipo release and plenipo export --tei against a running plenipo serve', {
  timeout: SLOW,
}, () => {
  let server: StartedServer;
  const tokens = new Map<string, string>();
  let number = '';
  const work = mkdtempSync(join(tmpdir(), 'plenipo-release-cli-'));

  async function tokenOf(login: string): Promise<string> {
    const response = await fetch(new URL('/api/tokens', server.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: DEMO_PASSWORD, name: 'release test' }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  beforeAll(async () => {
    server = await startServer();
    for (const login of ['poskrebyshev', 'molotov']) tokens.set(login, await tokenOf(login));
    // The registry clerk, an administrator, makes himself the archivist too.
    const made = await fetch(new URL('/api/admin/setup', server.baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('poskrebyshev')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        changes: [{ op: 'person.roles', id: 'poskrebyshev', roles: ['admin', 'archivist'] }],
      }),
    });
    expect(made.status).toBe(201);
    const inbox = await fetch(new URL('/api/inbox?limit=1', server.baseUrl), {
      headers: { authorization: `Bearer ${tokens.get('molotov')}` },
    });
    number = ((await inbox.json()) as { cables: { number: string }[] }).cables[0]!.number;
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }, SLOW);

  const as = (login: string | null, args: string[]) =>
    runCli([...args, '--server', server.baseUrl], {
      env: login ? { PLENIPO_TOKEN: tokens.get(login)! } : {},
    });

  it('refuses a release by someone who is not an archivist, and a redaction it cannot read, naming the field', async () => {
    const byMolotov = await as('molotov', [
      'release',
      '--cables',
      number,
      '--public',
      '--from',
      '1990-01-01',
    ]);
    expect(byMolotov.code).toBe(1);
    const badRedaction = await as('poskrebyshev', [
      'release',
      '--cables',
      number,
      '--public',
      '--from',
      '1990-01-01',
      '--redact',
      'a name',
    ]);
    expect(badRedaction.code).toBe(1);
    expect(badRedaction.stderr).toContain('redactions[0]');
  });

  it('releases a cable to the public with a redaction, which the public then reads as TEI with the gap', async () => {
    const before = await as(null, ['export', '--tei', '--cable', number]);
    expect(before.code).toBe(1);
    const released = await as('poskrebyshev', [
      'release',
      '--cables',
      number,
      '--public',
      '--from',
      '1990-01-01',
      '--redact',
      `${number}:0-5:a name`,
    ]);
    expect(released, released.stderr).toMatchObject({ code: 0 });
    expect(released.stdout).toMatch(
      /^Registered REG\/[0-9A-Z]{6} \d+: 1 cable\(s\) released to \* from 1990-01-01/,
    );
    const out = join(work, 'released.xml');
    const tei = await as(null, ['export', '--tei', '--cable', number, '--out', out]);
    expect(tei, tei.stderr).toMatchObject({ code: 0 });
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain(`<idno type="registry">${number}</idno>`);
    expect(xml).toContain('<gap reason="redacted">');
    expect(xml).toMatch(/a name \(SHA-256 of the struck text: [0-9a-f]{64}\)/);
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { runCli } from '../support/run-cli.js';
import { type StartedServer, startServer } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

describe('plenipo dossier, bundle and verify-bundle against a running plenipo serve', {
  timeout: SLOW,
}, () => {
  let server: StartedServer;
  let token: string;
  const work = mkdtempSync(join(tmpdir(), 'plenipo-archive-cli-'));
  beforeAll(async () => {
    server = await startServer();
    const response = await fetch(new URL('/api/tokens', server.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'molotov', password: DEMO_PASSWORD, name: 'archive test' }),
    });
    token = ((await response.json()) as { token: string }).token;
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }, SLOW);

  const asMolotov = (args: string[]) =>
    runCli([...args, '--server', server.baseUrl], { env: { PLENIPO_TOKEN: token } });

  it("downloads a conference's bundle, which verify-bundle accepts against the server key", async () => {
    const out = join(work, 'london.json');
    const written = await asMolotov(['bundle', '--conference', 'london-1945', '--out', out]);
    expect(written, written.stderr).toMatchObject({ code: 0 });
    const { serverKey } = JSON.parse(readFileSync(out, 'utf8')) as { serverKey: string };
    const checked = await runCli(['verify-bundle', out, '--key', serverKey]);
    expect(checked, checked.stdout).toMatchObject({ code: 0 });
    expect(checked.stdout).toMatch(/^OK: \d+ cables verified/);
    const otherKey = await runCli(['verify-bundle', out, '--key', `${'A'.repeat(43)}=`]);
    expect(otherKey.code).toBe(1);
    expect(otherKey.stdout).toContain('FAILED bundle: head:');
  });

  it("downloads a conference's dossier as a PDF", async () => {
    const out = join(work, 'dossier.pdf');
    const written = await asMolotov(['dossier', '--conference', 'london-1945', '--out', out]);
    expect(written, written.stderr).toMatchObject({ code: 0 });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says what the server refused, naming the field', async () => {
    const refused = await asMolotov(['dossier', '--out', join(work, 'nothing.pdf')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plenipo: cable: name a cable, a thread');
  });
});

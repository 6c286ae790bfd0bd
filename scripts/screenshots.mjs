// Makes the README's pictures of the record and the map from the London 1945 example:
// `npm run build && npm run screenshots`. Starts the built server on a new registry in a temp
// folder (which loads the example), signs in as Molotov in Debian's Chromium, and writes
// docs/screenshots/session.png and docs/screenshots/map.png.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = join(repo, 'docs/screenshots');

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'plenipo-screenshots-'));
const server = spawn(
  process.execPath,
  [join(repo, 'bin/plenipo.js'), 'serve', '--db', join(dir, 'plenipo.db'), '--port', String(port), '--quiet'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
  ],
});
try {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(`${base}/api/instance`);
      break;
    } catch (error) {
      if (attempt > 300) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${base}/`);
  await page.getByLabel('Login').fill('molotov');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.goto(`${base}/record/s-1945-09-27`);
  await page.getByTestId('accounts').waitFor();
  await page.screenshot({ path: join(out, 'session.png'), fullPage: true });
  await page.goto(`${base}/map/procedure-france-china`);
  await page.getByTestId('issue-chart').locator('svg').waitFor();
  await page.screenshot({ path: join(out, 'map.png'), fullPage: true });
  process.stdout.write(
    `wrote ${join('docs/screenshots', 'session.png')} and ${join('docs/screenshots', 'map.png')}\n`,
  );
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

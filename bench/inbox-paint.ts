import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from 'playwright-core';
import { generatedRegistry } from './generate/generate-registry.js';
import { report } from './report.js';
import { freePort, serveForBench } from './serve-for-bench.js';

const CABLES = Number(process.env.BENCH_INBOX_CABLES ?? 1_000_000);
const PAINT_CEILING_MS = 1000;
const JS_CEILING_KB = 150;
const BUILT_WEB = fileURLToPath(new URL('../web/', import.meta.url));

/**
 * inbox-paint: for the reader with about a tenth of the generated registry in
 * their inbox (some 100,000 cables in the 1,000,000-cable registry), in
 * Chromium: ms from navigation until the inbox's first row is on screen, beside
 * the same app's page with no data (no such page) as the baseline of the same
 * run; and the JavaScript the inbox loads, in KB once gzipped.
 */
export async function benchInboxPaint(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES });
  const starting = performance.now();
  // The server verifies the whole registry before it listens: minutes at 1,000,000 cables.
  const server = await serveForBench(registry.path, await freePort(), [], 30 * 60_000);
  const startup = performance.now() - starting;
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
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/`);
    await page.getByLabel('Login').fill(registry.readers.inbox.id);
    await page.getByLabel('Password').fill(registry.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });

    const scripts = new Set<string>();
    const noteScript = (request: Request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    };
    page.on('request', noteScript);
    // A fresh load of the inbox as a reader opening it would have it; the code comes from the cache.
    const inbox = await paintOf(page, `${server.url}/inbox`, '[data-testid="cable-row"]');
    page.off('request', noteScript);
    const baseline = await paintOf(page, `${server.url}/nowhere`, 'h1');
    const gzipped = [...scripts].reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(BUILT_WEB, path)), { level: 9 }).length,
      0,
    );
    const kb = gzipped / 1024;
    const note = `reader ${registry.readers.inbox.id}: ${registry.readers.inbox.inbox} cables in the inbox of a ${registry.cables}-cable registry`;
    report({
      name: 'inbox-first-paint',
      value: inbox,
      unit: 'ms',
      ceiling: PAINT_CEILING_MS,
      ratio: inbox / PAINT_CEILING_MS,
      note: `${note}; target < ${PAINT_CEILING_MS} ms`,
    });
    report({
      name: 'no-data-page-first-paint',
      value: baseline,
      unit: 'ms',
      ratio: inbox / baseline,
      note: 'baseline: the same app with no data to fetch; ratio = inbox / baseline',
    });
    report({
      name: 'inbox-js-gzip',
      value: kb,
      unit: 'KB',
      ceiling: JS_CEILING_KB,
      ratio: kb / JS_CEILING_KB,
      note: `${scripts.size} scripts loaded for the inbox, gzip -9; target < ${JS_CEILING_KB} KB`,
    });
    report({
      name: 'serve-startup',
      value: startup / 1000,
      unit: 's',
      note: `from spawning plenipo serve until it answers, the registry verified first (${registry.cables} cables)`,
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Milliseconds from navigating to `url` until `selector` is on screen, read in the page. */
async function paintOf(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

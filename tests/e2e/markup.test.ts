import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aCable } from '../support/a-cable.js';
import { launchChromium } from '../support/launch-chromium.js';
import { logIn } from '../support/login.js';
import { REPO, type StartedServer, startServer } from '../support/start-server.js';

/**
 * Markup in a cable is text, never HTML: a cable whose subject and body carry
 * a script and an image with an `onerror` handler is opened wherever the UI
 * shows cables (inbox, cable view, thread, search), and nothing of it runs or
 * becomes an element; the text shows literally. The built server (dist/) is
 * driven through Debian's Chromium as in browser.test.ts: run `npm run build` first.
 */

const TIMEOUT = 120_000;
const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

declare global {
  interface Window {
    __pwned?: number;
  }
}

let server: StartedServer | undefined;
let browser: Browser | undefined;
let page: Page;
/** Console errors and page errors: an inline handler the CSP blocked would show up here. */
const problems: string[] = [];
const cables: { original: string; reply: string } = { original: '', reply: '' };

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the browser tests.');
  }
  server = await startServer();
  const stalin = await logIn(server.baseUrl, 'stalin');
  const register = async (fields: Parameters<typeof aCable>[0]) => {
    const response = await fetch(new URL('/api/cables', server!.baseUrl), {
      method: 'POST',
      headers: { ...stalin.writes, 'content-type': 'application/json' },
      body: JSON.stringify(aCable({ to: ['molotov'], precedence: 'FLASH', ...fields })),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { cable: { id: string } }).cable.id;
  };
  cables.original = await register({ subject: PAYLOAD, body: `Before the markup.\n${PAYLOAD}\nAfter it.` });
  cables.reply = await register({ subject: `Re: ${PAYLOAD}`, body: PAYLOAD, inReplyTo: cables.original });

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('Login').fill('molotov');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('cable-row').first().waitFor();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, TIMEOUT);

/** Nothing of the payload ran or became an element on the page as it stands. */
async function expectNothingRendered(where: string) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    handlers: document.querySelectorAll('[onerror]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned'))
      .length,
  }));
  expect(found, where).toEqual({ pwned: undefined, images: 0, handlers: 0, inlineScripts: 0 });
}

describe('a cable whose subject and body carry markup', { timeout: TIMEOUT }, () => {
  test('shows in the inbox as text', async () => {
    const row = page.locator(`[data-testid="cable-row"][data-cable-id="${cables.original}"]`);
    await row.waitFor();
    expect(await row.locator('a.subject').textContent()).toBe(PAYLOAD);
    await expectNothingRendered('inbox');
  });

  test('shows in the cable view as text: subject and body', async () => {
    await page.goto(`${server!.baseUrl}/#/cable/${encodeURIComponent(cables.original)}`);
    const cable = page.getByTestId('cable');
    await cable.waitFor();
    expect(await cable.getByRole('heading', { level: 1 }).textContent()).toBe(PAYLOAD);
    expect(await page.getByTestId('cable-body').textContent()).toBe(
      `Before the markup.\n${PAYLOAD}\nAfter it.`,
    );
    await expectNothingRendered('cable view');
  });

  test('shows in the thread as text', async () => {
    await page.goto(`${server!.baseUrl}/#/cable/${encodeURIComponent(cables.reply)}`);
    await page
      .getByTestId('cable')
      .getByRole('heading', { level: 1, name: `Re: ${PAYLOAD}` })
      .waitFor();
    const subjects = await page.locator('nav.thread .thread-subject').allTextContents();
    expect(subjects).toEqual([PAYLOAD, `Re: ${PAYLOAD}`]);
    expect(await page.getByTestId('cable-body').textContent()).toBe(PAYLOAD);
    await expectNothingRendered('thread');
  });

  test('shows in search results and their snippets as text', async () => {
    await page.goto(`${server!.baseUrl}/#/search?q=pwned`);
    await page.getByTestId('search-total').waitFor();
    const row = page.locator(`[data-testid="cable-row"][data-cable-id="${cables.original}"]`);
    await row.waitFor();
    expect(await row.locator('a.subject').textContent()).toBe(PAYLOAD);
    expect(await row.locator('.snippet').textContent()).toContain('window.__pwned');
    await expectNothingRendered('search');
  });

  test('broke no Content-Security-Policy and threw nothing on the way', () => {
    // The 401 from /api/me before signing in is expected.
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { REPO, type StartedServer, startServer } from '../support/start-server.js';

/**
 * Issue 13 done when, in the browser: Molotov opens the London map and sees
 * the procedural issue go from agreed (11 September) to deadlocked, opens the
 * two accounts of the exchange on Japanese gold side by side with their
 * difference marked, and finds the sittings flagged for their missing
 * verbatim record. The built server (dist/) with the London 1945 example:
 * run `npm run build` first.
 */

const TIMEOUT = 120_000;

let server: StartedServer | undefined;
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  for (const built of ['dist/web/index.html', 'dist/src/cli/main.js']) {
    if (!existsSync(join(REPO, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` before the browser tests.`);
    }
  }
  server = await startServer();
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
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  // The 401 of asking who is signed in before login is expected; only what follows counts.
  problems.length = 0;
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, TIMEOUT);

describe('the London record and map in the browser', { timeout: TIMEOUT }, () => {
  test('the map shows the procedural issue agreed on 11 September, then deadlocked', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
    const row = page.locator('[data-testid="overview-row"][data-issue="procedure-france-china"]');
    await expect.poll(() => row.getByTestId('issue-status').getAttribute('data-status')).toBe('deadlocked');
    await row.getByRole('link').click();
    await page.getByTestId('issue-chart').locator('svg').waitFor();
    const changes = page.getByTestId('status-history').locator('li');
    expect(await changes.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual([
      'agreed',
      'deadlocked',
    ]);
    expect(await changes.first().textContent()).toContain('1945-09-11');
    expect(await changes.nth(1).textContent()).toContain('1945-09-22');
    expect(await page.getByTestId('issue-chart').locator('svg').getAttribute('aria-label')).toContain(
      'Negotiation map',
    );
    expect(await page.getByTestId('stance-table').locator('tbody tr').count()).toBeGreaterThan(5);
  });

  test('the two accounts of the exchange on Japanese gold stand side by side, their difference marked', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Record' }).click();
    await page.locator('[data-testid="session-row"][data-session="s-1945-09-27"]').getByRole('link').click();
    const accounts = page.getByTestId('accounts');
    await accounts.waitFor();
    const headers = await accounts.locator('thead th').allTextContents();
    expect(headers.join(' | ')).toMatch(/Soviet record.*American memorandum/);
    const gold = accounts.locator('[data-key="gold-question"]');
    expect(await gold.locator('del').count()).toBeGreaterThan(0);
    expect(await gold.locator('ins').count()).toBeGreaterThan(0);
    expect(await accounts.locator('[data-key="gold-bevin"]').textContent()).toContain('Not in this account');
  });

  test('the sittings are flagged for their missing verbatim record, on the session page and the list', async () => {
    const flags = page.getByTestId('record-flags');
    expect(await flags.locator('[data-flag="no-verbatim-record"]').count()).toBe(1);
    await page.getByRole('link', { name: /^Record ·/ }).click();
    const last = page.locator('[data-testid="session-row"][data-session="s-1945-10-02"]');
    await last.waitFor();
    expect(
      await last
        .locator('[data-flag]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-flag'))),
    ).toEqual(['no-verbatim-record', 'promised-record-missing']);
    expect(problems).toEqual([]);
  });
});

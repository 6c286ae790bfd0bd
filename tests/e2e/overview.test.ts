import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { REPO, type StartedServer, startServer } from '../support/start-server.js';

/**
 * The principal's overview in the browser: the moves outside the mandate he
 * has not looked at are listed with their verdicts, and one he opens leaves
 * the list. The built server (dist/) with the London 1945 example.
 */

const TIMEOUT = 120_000;

let server: StartedServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  for (const built of ['dist/web/index.html', 'dist/src/cli/main.js']) {
    if (!existsSync(join(REPO, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` before the browser tests.`);
    }
  }
  server = await startServer();
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, TIMEOUT);

describe('the overview', { timeout: TIMEOUT }, () => {
  test('Stalin sees the moves outside the mandate waiting for him; one he opens leaves the list', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server!.baseUrl}/`);
    await page.getByLabel('Login').fill('stalin');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'What needs you now' }).waitFor();
    const moves = page.locator('.move-alerts li');
    await moves.first().waitFor();
    const before = await moves.count();
    const verdicts = await moves.locator('.verdict-badge, [data-verdict]').allTextContents();
    expect(verdicts.join(' ')).not.toMatch(/within the mandate/i);
    const link = moves.first().getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    const sameReport = await page.locator(`.move-alerts li a[href="${href}"]`).count();
    await link.click();
    await page.getByTestId('cable').waitFor();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'What needs you now' }).waitFor();
    await page.waitForFunction(
      (expected) => document.querySelectorAll('.move-alerts li').length === expected,
      before - sameReport,
    );
    expect(await page.locator(`.move-alerts li a[href="${href}"]`).count()).toBe(0);
    await context.close();
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ClockedServer, startClockedServer } from '../support/clocked-server.js';
import { launchChromium } from '../support/launch-chromium.js';
import { REPO } from '../support/start-server.js';

/**
 * Issue 11 done when, in the browser: a principal sets a ratification window;
 * the clock (injected, in a server started by the test) passes the 7-day lead
 * time; the alert appears live on the open page; the deadline shows as lapsed
 * afterwards. Serves the built web UI: run `npm run build` first.
 */

const TIMEOUT = 120_000;
const LIVE = 15_000;
const SET = '1946-02-10T09:00:00.000Z';
const DUE = '1946-09-10T09:00:00.000Z';
const minutes = (instant: string, n: number) => new Date(Date.parse(instant) + n * 60_000).toISOString();
const WEEK = 7 * 24 * 60;

let server: ClockedServer | undefined;
let browser: Browser | undefined;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the browser tests.');
  }
  server = await startClockedServer(SET);
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, TIMEOUT);

describe('a ratification window in the browser, with an injected clock', { timeout: TIMEOUT }, () => {
  test('warns live at the 7-day lead time and shows the deadline lapsed afterwards', async () => {
    const stalin = await signIn('stalin');
    const status = await stalin.evaluate(async () => {
      const { csrfToken } = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const response = await fetch('/api/cables', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plenipo-csrf': csrfToken },
        body: JSON.stringify({
          to: ['molotov'],
          precedence: 'IMMEDIATE',
          classification: 'TOP SECRET',
          kind: 'directive',
          subject: 'The Italian treaty: seven months to ratify',
          conference: 'london-1945',
          issues: ['italy-treaty'],
          body: 'The treaty is to be ratified within seven months. Warn me a week before.',
          payload: {
            type: 'deadlines',
            conference: 'london-1945',
            deadlines: [
              {
                id: 'ratify-italian-treaty',
                description: 'Ratify the Italian treaty',
                issue: 'italy-treaty',
                due: { type: 'within', of: { type: 'registration' }, within: { months: 7 } },
                meets: { type: 'cable', kind: 'approval', issue: 'italy-treaty' },
                actors: ['stalin'],
                warn: [{ days: 7 }],
              },
            ],
          },
        }),
      });
      return response.status;
    });
    expect(status).toBe(201);
    await stalin.context().close();

    // A minute before the lead time: sessions last hours, so Stalin signs in again at the new instant.
    server!.setNow(minutes(DUE, -WEEK - 1));
    const page = await signIn('stalin');
    await page.goto(`${server!.baseUrl}/deadlines?conference=london-1945&person=stalin`);
    const row = page.locator('[data-testid="deadline-row"][data-deadline="ratify-italian-treaty"]');
    await expect.poll(() => row.getAttribute('data-state')).toBe('open');
    await server!.tick();
    expect(
      await page.getByTestId('deadline-alert').filter({ hasText: 'Ratify the Italian treaty' }).count(),
    ).toBe(0);

    // The lead time passes with the page open: the warning arrives on its own.
    server!.setNow(minutes(DUE, -WEEK + 1));
    await server!.tick();
    const alert = page.getByTestId('deadline-alert').filter({ hasText: 'Ratify the Italian treaty' });
    await alert.first().waitFor({ timeout: LIVE });
    await expect
      .poll(() => alert.first().textContent())
      .toMatch(/Warning \(7 days before\).*Ratify the Italian treaty/);

    // Past the deadline, with nothing to meet it: lapsed, and the lapse is an alert of its own.
    server!.setNow(minutes(DUE, 1));
    await server!.tick();
    await page.context().close();
    const after = await signIn('stalin');
    await after.goto(`${server!.baseUrl}/deadlines?conference=london-1945`);
    const lapsed = after.locator('[data-testid="deadline-row"][data-deadline="ratify-italian-treaty"]');
    await expect.poll(() => lapsed.getAttribute('data-state')).toBe('lapsed');
    // The example's own L-32 deadline, of which Stalin is told, gave its lapse too: count this one's.
    const ratification = after.getByTestId('deadline-alert').filter({ hasText: 'Ratify the Italian treaty' });
    await expect.poll(() => ratification.count()).toBe(2);
    // Each sign-in starts signed out: the first /api/me answers 401, which the browser logs.
    expect(problems.filter((problem) => !/status of 401/.test(problem))).toEqual([]);
  });
});

async function signIn(login: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${login}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${login}: ${error.message}`));
  await page.goto(`${server!.baseUrl}/`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

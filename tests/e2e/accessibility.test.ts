import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { REPO, type StartedServer, startServer } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';

/**
 * axe-core finds no violation on any page, for a delegation head (Molotov)
 * and a clerk of the principal's office (Poskrebyshev), on a desktop and on
 * a phone; on the phone no page scrolls sideways. The built server (dist/) is
 * driven through Debian's Chromium: run `npm run build` first.
 */

const ROLES = ['molotov', 'poskrebyshev'] as const;
const SCREENS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let server: StartedServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the browser tests.');
  }
  server = await startServer();
  browser = await launchChromium();
}, SLOW);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every violation as one readable line: the rule, what it says, and where. */
async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const PAGES = [
  'login',
  'inbox',
  'overview',
  'alerts',
  'sent',
  'cable',
  'compose',
  'reply',
  'search',
  'mandates',
  'mandate',
  'sessions',
  'session',
  'map',
  'issue map',
  'deadlines',
  'no such page',
] as const;
type PageName = (typeof PAGES)[number];

/** Signs in as `login` on a screen of that size and visits every page, noting what axe finds on each. */
async function visitEveryPage(login: string, screen: (typeof SCREENS)[number]) {
  const context = await browser!.newContext({ viewport: { width: screen.width, height: screen.height } });
  const page = await context.newPage();
  const base = server!.baseUrl;
  const found = new Map<PageName, { violations: string[]; overflow: number }>();
  const note = async (name: PageName) => {
    found.set(name, { violations: await violationsOn(page), overflow: await sidewaysScroll(page) });
  };
  const check = async (name: PageName) => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'hidden' });
    await note(name);
  };

  await page.goto(`${base}/inbox`);
  await page.getByLabel('Login').waitFor();
  await note('login');
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await check('inbox');

  await page.goto(`${base}/overview`);
  await check('overview');
  await page.goto(`${base}/inbox`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  // A cable the reader may read: the first in the inbox, else the first sent.
  const rows = page.getByTestId('cable-row');
  let cable = (await rows.count()) > 0 ? await rows.first().getAttribute('data-cable-id') : null;
  await page.getByRole('button', { name: 'Alerts' }).click();
  await page.getByRole('dialog').waitFor();
  await note('alerts');
  await page.keyboard.press('Escape');

  await page.goto(`${base}/inbox?box=sent`);
  await check('sent');
  cable ??= await rows.first().getAttribute('data-cable-id');
  await page.goto(`${base}/cable/${encodeURIComponent(cable ?? '')}`);
  await page.getByTestId('cable').waitFor();
  await check('cable');
  await page.goto(`${base}/compose`);
  await check('compose');
  await page.goto(`${base}/compose?reply=${encodeURIComponent(cable ?? '')}`);
  await page.getByLabel('Subject').waitFor();
  await check('reply');
  await page.goto(`${base}/search?q=Molotov`);
  await page.getByTestId('search-total').waitFor();
  await check('search');
  await page.goto(`${base}/mandates`);
  await page.getByTestId('mandate-row').first().waitFor();
  await check('mandates');
  await page.getByTestId('mandate-row').first().getByRole('link').first().click();
  await page.getByTestId('mandate').waitFor();
  await check('mandate');
  await page.goto(`${base}/record`);
  await page.getByTestId('session-row').first().waitFor();
  await check('sessions');
  await page.goto(`${base}/record/s-1945-09-27`);
  await page.getByRole('heading', { name: 'Entries' }).waitFor();
  await check('session');
  await page.goto(`${base}/map`);
  await page.getByTestId('overview-row').first().waitFor();
  await check('map');
  await page.goto(`${base}/map/procedure-france-china`);
  await page.getByTestId('issue-chart').locator('svg').waitFor();
  await check('issue map');
  await page.goto(`${base}/deadlines`);
  await page.getByRole('heading', { name: /deadlines in/i }).waitFor();
  await check('deadlines');
  await page.goto(`${base}/nowhere`);
  await check('no such page');
  await context.close();
  return found;
}

const RUNS = ROLES.flatMap((login) => SCREENS.map((screen) => ({ login, screen })));

// axe takes seconds a page: the four runs share the machine's cores.
describe.concurrent('axe finds no violation', () => {
  test.each(RUNS)(
    'as $login on a $screen.name ($screen.width×$screen.height): none on any page, and no page wider than a phone',
    async ({ login, screen }) => {
      const found = await visitEveryPage(login, screen);
      expect([...found.keys()]).toEqual([...PAGES]);
      const violations = Object.fromEntries([...found].map(([name, page]) => [name, page.violations]));
      expect(violations).toEqual(Object.fromEntries(PAGES.map((name) => [name, []])));
      if (screen.name === 'phone') {
        const wide = [...found].filter(([, page]) => page.overflow > 0);
        expect(wide.map(([name, page]) => `${name}: ${page.overflow}px wider than the screen`)).toEqual([]);
      }
    },
    3 * SLOW,
  );
});

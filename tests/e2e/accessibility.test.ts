import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { servedBrowserForFile } from '../support/served-browser.js';
import { SLOW } from '../support/timeouts.js';

/**
 * axe-core finds no violation on any page a person can reach, for the
 * principal (Stalin), the head of the delegation (Molotov), a collegium
 * member (Vyshinsky) and the registry clerk (Poskrebyshev), on a desktop and
 * on a phone; on the phone no page scrolls sideways. One built server (dist/)
 * and one Chromium serve the whole file, one signed-in window per person,
 * resized from desktop to phone: run `npm run build` first.
 */

const served = servedBrowserForFile();

const PEOPLE = ['stalin', 'molotov', 'vyshinsky', 'poskrebyshev'] as const;
const CLERK = 'poskrebyshev';
const SCREENS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** A page by its address, and what shows once its data is in (beyond its heading). */
interface Visit {
  name: string;
  path: string;
  ready?: (page: Page) => Promise<unknown>;
}

const EVERYONE: Visit[] = [
  { name: 'overview', path: '/overview' },
  { name: 'delegation', path: '/delegation' },
  { name: 'sent', path: '/inbox?box=sent' },
  { name: 'compose', path: '/compose' },
  { name: 'search', path: '/search?q=Molotov', ready: (page) => page.getByTestId('search-total').waitFor() },
  { name: 'mandates', path: '/mandates', ready: (page) => page.getByTestId('mandate-row').first().waitFor() },
  { name: 'sessions', path: '/record', ready: (page) => page.getByTestId('session-row').first().waitFor() },
  {
    name: 'session',
    path: '/record/s-1945-09-27',
    ready: (page) => page.getByRole('heading', { name: 'Entries' }).waitFor(),
  },
  { name: 'map', path: '/map', ready: (page) => page.getByTestId('overview-row').first().waitFor() },
  {
    name: 'issue map',
    path: '/map/procedure-france-china',
    ready: (page) => page.getByTestId('issue-chart').locator('svg').waitFor(),
  },
  {
    name: 'deadlines',
    path: '/deadlines',
    ready: (page) => page.getByRole('heading', { name: /deadlines in/i }).waitFor(),
  },
  { name: 'digest', path: '/digest' },
  { name: 'no such page', path: '/nowhere' },
];

/** The clerk's desk: the organisation and the registry. */
const CLERKS: Visit[] = [
  { name: 'people', path: '/organisation/people' },
  { name: 'person', path: '/organisation/people/molotov' },
  { name: 'posts', path: '/organisation/posts' },
  { name: 'groups', path: '/organisation/groups' },
  { name: 'classification', path: '/organisation/classification' },
  { name: 'conferences', path: '/organisation/conferences' },
  {
    name: 'conference',
    path: '/organisation/conferences/london-1945',
    ready: (page) => page.getByRole('heading', { level: 2 }).first().waitFor(),
  },
  {
    name: 'audit log',
    path: '/registry/audit',
    ready: (page) => page.getByTestId('audit-entries').waitFor(),
  },
  { name: 'verification', path: '/registry/verification' },
  { name: 'backups', path: '/registry/backups' },
];

/** Every violation as one readable line: the rule, what it says, and where. */
async function violationsOn(page: Page): Promise<string[]> {
  // Only violations: collecting the passes and the undecided nodes too takes axe about as long again.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(' ')}`),
  );
}

/** On a screen narrower than the page: by how much, and the first elements that reach past its edge. */
async function overflowOn(page: Page): Promise<string[]> {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    const past = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !element.closest('.table-scroll, .site-header nav'))
      .slice(-3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { overflow: document.documentElement.scrollWidth - width, culprits: past };
  });
  return overflow > 0 ? [`${overflow}px wider than the screen (${culprits.join(', ')})`] : [];
}

/** Waits until the page shows its heading and nothing on it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'hidden' });
  await page.locator('#content', { hasText: 'Loading…' }).waitFor({ state: 'detached' });
}

/** What axe (and, on a phone, the width check) finds on the page now. */
async function findingsOn(page: Page, screen: (typeof SCREENS)[number]): Promise<string[]> {
  return [...(await violationsOn(page)), ...(screen.name === 'phone' ? await overflowOn(page) : [])];
}

/** The link target of the first `testId` row's first link, or null when there is none. */
async function firstLinkIn(page: Page, testId: string): Promise<string | null> {
  const link = page.getByTestId(testId).first().locator('a').first();
  return (await link.count()) > 0 ? link.getAttribute('href') : null;
}

/**
 * Visits every page `login` can reach in a signed-in `page` resized to
 * `screen`, noting what is found on each: the fixed pages, then those reached
 * from them (a cable and its reply, a mandate, a circular its author sent).
 */
async function visitEveryPage(page: Page, login: string, screen: (typeof SCREENS)[number]) {
  const base = served.baseUrl;
  const found = new Map<string, string[]>();
  const note = async (name: string) => found.set(name, await findingsOn(page, screen));
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.goto(`${base}/inbox`);
  await settled(page);
  await note('inbox');
  const rows = page.getByTestId('cable-row');
  let cable = (await rows.count()) > 0 ? await rows.first().getAttribute('data-cable-id') : null;
  await page.getByRole('button', { name: 'Alerts' }).click();
  await page.getByRole('dialog').waitFor();
  await note('alerts');
  await page.keyboard.press('Escape');

  let mandate: string | null = null;
  let circular: string | null = null;
  for (const visit of login === CLERK ? [...EVERYONE, ...CLERKS] : EVERYONE) {
    await page.goto(`${base}${visit.path}`);
    await visit.ready?.(page);
    await settled(page);
    await note(visit.name);
    if (visit.name === 'sent') {
      cable ??= await rows.first().getAttribute('data-cable-id');
      const sentCircular = rows.filter({ hasText: 'Circular:' }).first();
      if ((await sentCircular.count()) > 0) circular = await sentCircular.getAttribute('data-cable-id');
    }
    if (visit.name === 'mandates') mandate = await firstLinkIn(page, 'mandate-row');
  }
  const reached: [string, string | null, string][] = [
    ['cable', cable && `/cable/${encodeURIComponent(cable)}`, '[data-testid="cable"]'],
    ['reply', cable && `/compose?reply=${encodeURIComponent(cable)}`, 'textarea[name="body"]'],
    ['mandate', mandate, 'h1'],
    ['circular', circular && `/circular/${encodeURIComponent(circular)}`, 'table'],
  ];
  for (const [name, path, shown] of reached) {
    if (!path) continue;
    await page.goto(`${base}${path}`);
    await page.locator(shown).first().waitFor();
    await settled(page);
    await note(name);
  }
  return found;
}

/** The pages every visit must have noted, in order, given what the person could reach. */
function pagesOf(login: string, found: Map<string, string[]>): string[] {
  const reachedFrom = ['cable', 'reply', 'mandate', 'circular'].filter((name) => found.has(name));
  return [
    'inbox',
    'alerts',
    ...EVERYONE.map(({ name }) => name),
    ...(login === CLERK ? CLERKS.map(({ name }) => name) : []),
    ...reachedFrom,
  ];
}

describe('axe finds no violation', () => {
  test('on the login page, on a desktop and a phone', async () => {
    const context = await served.browser.newContext();
    try {
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const screen of SCREENS) {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto(`${served.baseUrl}/inbox`);
        await page.getByLabel('Login').waitFor();
        found[screen.name] = await findingsOn(page, screen);
      }
      expect(found).toEqual({ desktop: [], phone: [] });
    } finally {
      await context.close();
    }
  });

  describe.each(PEOPLE)('as %s', (login) => {
    let context: BrowserContext | undefined;
    let page: Page;
    beforeAll(async () => {
      page = await served.signIn(login, SCREENS[0]);
      context = page.context();
    }, SLOW);
    afterAll(async () => {
      await context?.close();
    });

    test.each(SCREENS)(
      'on a $name ($width×$height): none on any page, and no page wider than a phone',
      async (screen) => {
        const found = await visitEveryPage(page, login, screen);
        expect([...found.keys()]).toEqual(pagesOf(login, found));
        expect(found.has('cable')).toBe(true);
        expect(Object.fromEntries(found)).toEqual(
          Object.fromEntries([...found.keys()].map((name) => [name, []])),
        );
      },
      2 * SLOW,
    );
  });
});

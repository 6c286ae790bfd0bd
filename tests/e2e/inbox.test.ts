import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BROWSER_TIMEOUT, servedBrowserForFile } from '../support/served-browser.js';

/**
 * The inbox as a reader lives in it, by keyboard alone: signing in with Tab
 * and Enter, moving through the rows with j and k while the preview follows,
 * opening with o, replying with r, the filters in the address, the shortcut
 * sheet, and a thread shown as its reply tree. The built server (dist/) with
 * the London 1945 example, through Debian's Chromium: run `npm run build` first.
 */

const served = servedBrowserForFile();
const problems: string[] = [];

describe('the inbox by keyboard', { timeout: BROWSER_TIMEOUT }, () => {
  let molotov: Page;

  test('Molotov signs in with Tab, typing and Enter only', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1440, height: 900 } });
    molotov = await context.newPage();
    molotov.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    molotov.on('pageerror', (error) => problems.push(error.message));
    await molotov.goto(`${served.baseUrl}/`);
    await molotov.getByLabel('Login').waitFor();
    await tabTo(molotov, 'input[name="login"]');
    await molotov.keyboard.type('molotov');
    await molotov.keyboard.press('Tab');
    await molotov.keyboard.type('demo');
    await molotov.keyboard.press('Enter');
    await molotov.getByTestId('cable-row').first().waitFor();
    // Before signing in, /api/me answers 401: that is how the page learns nobody is signed in.
    problems.length = 0;
  });

  test('j and k move through the rows, the preview follows, o opens the selected cable', async () => {
    const rows = molotov.getByTestId('cable-row');
    const second = (await rows.nth(1).locator('a.subject').getAttribute('title')) ?? '';
    await molotov.keyboard.press('j');
    await molotov.keyboard.press('j');
    await molotov.keyboard.press('j');
    await molotov.keyboard.press('k');
    expect(await rows.nth(1).getAttribute('aria-selected')).toBe('true');
    const preview = molotov.getByTestId('cable-preview');
    await preview.getByRole('heading', { name: second }).waitFor();
    await molotov.keyboard.press('o');
    await molotov.getByTestId('cable').getByRole('heading', { level: 1, name: second }).waitFor();
  });

  test('g i goes back to the inbox; r answers the selected cable in compose', async () => {
    await molotov.keyboard.press('g');
    await molotov.keyboard.press('i');
    await molotov.getByTestId('cable-row').first().waitFor();
    const first = await molotov.getByTestId('cable-row').first().getAttribute('data-cable-id');
    await molotov.keyboard.press('j');
    await molotov.keyboard.press('r');
    await molotov.waitForURL((url) => url.pathname === '/compose' && url.searchParams.get('reply') === first);
  });

  test('a filter narrows the box, lives in the address, and says so when nothing matches', async () => {
    await molotov.goto(`${served.baseUrl}/inbox?precedence=FLASH`);
    await molotov.getByLabel('Precedence').waitFor();
    expect(await molotov.getByLabel('Precedence').inputValue()).toBe('FLASH');
    const rows = molotov.getByTestId('cable-row');
    const precedences = await rows.locator('.precedence-cell').allTextContents();
    expect(precedences.every((text) => text.includes('FLASH'))).toBe(true);
    await molotov.getByLabel('Kind').selectOption('digest');
    await molotov.getByText('No cable in this box matches these filters.').waitFor();
    expect(new URL(molotov.url()).searchParams.get('kind')).toBe('digest');
    await molotov.getByRole('button', { name: 'Clear filters' }).click();
    await rows.first().waitFor();
    expect(new URL(molotov.url()).search).toBe('');
  });

  test('? opens the shortcut sheet, Escape closes it', async () => {
    await molotov.locator('body').press('Shift+?');
    const sheet = molotov.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.getByRole('row').count()).toBeGreaterThan(5);
    await molotov.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  test('a reply shows its conversation as a tree of replies, the open cable marked', async () => {
    const reply = await molotov.evaluate(async () => {
      const inbox = await (await fetch('/api/inbox?limit=200')).json();
      for (const row of inbox.cables) {
        const { cable, thread } = await (await fetch(`/api/cables/${row.id}`)).json();
        if (cable.inReplyTo && thread.length > 1) return cable.id as string;
      }
      return null;
    });
    expect(reply).not.toBeNull();
    await molotov.goto(`${served.baseUrl}/cable/${reply}`);
    const tree = molotov.locator('.reply-tree');
    await tree.waitFor();
    expect(await tree.locator('li').count()).toBeGreaterThan(1);
    expect(await tree.locator('a[aria-current="page"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

/** Presses Tab until `selector` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < 15; press += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

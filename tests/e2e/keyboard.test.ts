import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BROWSER_TIMEOUT, servedBrowserForFile } from '../support/served-browser.js';

/**
 * Molotov works without a mouse: he signs in, reads a cable, replies to it
 * and checks a move against his mandate with the keyboard alone. Each move to
 * another page names the tab after that page and takes the focus to its
 * heading. The built server (dist/) with the London 1945 example, through
 * Debian's Chromium: run `npm run build` first.
 */

const served = servedBrowserForFile();
const REPLY = 'Received by keyboard; we hold to the line agreed.';

describe('by keyboard alone', { timeout: BROWSER_TIMEOUT }, () => {
  let molotov: Page;

  test('Molotov signs in with Tab, typing and Enter; the tab is named after the inbox', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1440, height: 900 } });
    molotov = await context.newPage();
    await molotov.goto(`${served.baseUrl}/`);
    await molotov.getByLabel('Login').waitFor();
    await tabTo(molotov, 'input[name="login"]');
    await molotov.keyboard.type('molotov');
    await molotov.keyboard.press('Tab');
    await molotov.keyboard.type('demo');
    await molotov.keyboard.press('Enter');
    await molotov.getByTestId('cable-row').first().waitFor();
    await expect.poll(() => molotov.title()).toBe('Inbox · plenipo');
  });

  test('he opens the first cable with j and o: the tab takes its number, the focus its heading', async () => {
    await molotov.keyboard.press('j');
    await molotov.keyboard.press('o');
    const cable = molotov.getByTestId('cable');
    await cable.waitFor();
    const number = ((await cable.locator('.registry-number').first().textContent()) ?? '').trim();
    expect(number).not.toBe('');
    await expect.poll(() => molotov.title()).toContain(number);
    await expect.poll(() => focusedHeading(molotov)).toBe('h1');
  });

  test('he replies with Tab, typing and Enter, and lands on the registered reply', async () => {
    await tabTo(molotov, '.actions button', 80);
    expect(await focusedText(molotov)).toBe('Reply');
    await molotov.keyboard.press('Enter');
    await molotov.getByLabel('Subject').waitFor();
    await expect.poll(() => molotov.title()).toBe('Reply · plenipo');
    await expect.poll(() => focusedHeading(molotov)).toBe('h1');
    await tabTo(molotov, 'textarea[name="body"]', 80);
    await molotov.keyboard.type(REPLY);
    await tabTo(molotov, 'button[type="submit"]', 80);
    await molotov.keyboard.press('Enter');
    await molotov.waitForURL((url) => url.pathname.startsWith('/cable/'));
    await molotov.getByTestId('cable').getByText(REPLY).waitFor();
    await expect.poll(() => focusedHeading(molotov)).toBe('h1');
  });

  test('c opens the composer; a move of ours is added, placed and checked against the mandate by keyboard', async () => {
    await molotov.keyboard.press('c');
    await molotov.getByLabel('Subject').waitFor();
    await expect.poll(() => molotov.title()).toBe('New cable · plenipo');
    await tabTo(molotov, 'select#kind', 80);
    await chooseWithArrows(molotov, 'report');
    await tabTo(molotov, '[data-testid="move-composer"] button', 250);
    expect(await focusedText(molotov)).toBe('Add our move');
    await molotov.keyboard.press('Enter');
    const move = molotov.getByTestId('move').last();
    await move.waitFor();
    // The new move sits above the button that added it: back up to its issue.
    await tabTo(molotov, '[data-testid="move"] select[id$="-issue"]', 40, 'Shift+Tab');
    await chooseWithArrows(molotov, 'Peace treaty with Italy');
    const whatIf = move.getByTestId('what-if');
    await whatIf.locator('[data-verdict]').first().waitFor();
    expect(await whatIf.getAttribute('data-status')).toBe('done');
  });
});

/** Presses Tab until an element matching `selector` has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string, presses = 15, key = 'Tab'): Promise<void> {
  for (let press = 0; press < presses; press += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${selector} not reached in ${presses} presses of Tab`);
}

/** Presses the down arrow on the focused list until the option labelled `label` is chosen. */
async function chooseWithArrows(page: Page, label: string): Promise<void> {
  const chosen = () =>
    page.evaluate(() => {
      const select = document.activeElement;
      return select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.textContent ?? '') : null;
    });
  await page.keyboard.press('Home');
  for (let press = 0; press < 60; press += 1) {
    if ((await chosen()) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option '${label}' in the focused list (stopped at '${await chosen()}')`);
}

/** The tag of the focused element when it is a heading, else what has the focus. */
function focusedHeading(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? 'none');
}

/** The words on what has the focus. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

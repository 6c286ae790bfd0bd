import { describe, expect, test } from 'vitest';
import { BROWSER_TIMEOUT, servedBrowserForFile } from '../support/served-browser.js';

/**
 * Compose as its writers find it: it starts where each works (the principal
 * on a directive, the delegation head on a report, their conference chosen),
 * an unsent draft survives leaving the page, and signing out forgets it. The
 * built server (dist/) with the London 1945 example: run `npm run build` first.
 */

const served = servedBrowserForFile();

describe('compose', { timeout: BROWSER_TIMEOUT }, () => {
  test('starts on a directive for the principal and on a report for the delegation head, on their conference', async () => {
    for (const [login, kind] of [
      ['stalin', 'directive'],
      ['molotov', 'report'],
    ] as const) {
      const page = await served.signIn(login);
      await page.goto(`${served.baseUrl}/compose`);
      await page.getByLabel('Subject').waitFor();
      expect(await page.getByLabel('Kind').inputValue()).toBe(kind);
      expect(await page.getByLabel('Conference', { exact: true }).inputValue()).toBe('london-1945');
      expect(await page.getByLabel('Classification').inputValue()).not.toBe(
        await page.getByLabel('Classification').locator('option').first().getAttribute('value'),
      );
      // With a conference chosen, its issues are offered by title, not typed as ids.
      expect(await page.getByRole('group', { name: 'Issues' }).getByRole('checkbox').count()).toBeGreaterThan(
        2,
      );
      await page.context().close();
    }
  });

  test('keeps an unsent draft across leaving the page, until it is discarded', async () => {
    const page = await served.signIn('molotov');
    await page.goto(`${served.baseUrl}/compose`);
    await page.getByLabel('Subject').fill('Half-written note on the Italian colonies');
    await page.getByLabel('Body').fill('Bevin will not');
    await page.getByRole('group', { name: 'To (action)' }).getByLabel('Find in To (action)').fill('stal');
    await page
      .getByRole('group', { name: 'To (action)' })
      .getByRole('checkbox', { name: 'Iosif Stalin' })
      .check();
    await page.waitForTimeout(600);
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByTestId('cable-row').first().waitFor();
    await page.getByRole('link', { name: 'Compose' }).click();
    await page.getByText('Your unsent draft of').waitFor();
    expect(await page.getByLabel('Subject').inputValue()).toBe('Half-written note on the Italian colonies');
    expect(await page.getByLabel('Body').inputValue()).toBe('Bevin will not');
    await page.getByRole('button', { name: 'Discard it' }).click();
    expect(await page.getByLabel('Subject').inputValue()).toBe('');
    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('link', { name: 'Compose' }).click();
    await page.getByLabel('Subject').waitFor();
    expect(await page.getByText('Your unsent draft of').count()).toBe(0);
    await page.context().close();
  });

  test('forgets every draft when its writer signs out', async () => {
    const page = await served.signIn('molotov');
    await page.goto(`${served.baseUrl}/compose`);
    await page.getByLabel('Subject').fill('Not for the next person at this screen');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => Object.keys(sessionStorage).length)).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Account/ }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Login').waitFor();
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('plenipo:'))),
    ).toEqual([]);
    await page.context().close();
  });
});

import { describe, expect, test } from 'vitest';
import { BROWSER_TIMEOUT, servedBrowserForFile } from '../support/served-browser.js';

/**
 * The principal's overview in the browser: the moves outside the mandate he
 * has not looked at are listed with their verdicts, and one he opens leaves
 * the list. The built server (dist/) with the London 1945 example.
 */

const served = servedBrowserForFile();

describe('the overview', { timeout: BROWSER_TIMEOUT }, () => {
  test('Stalin sees the moves outside the mandate waiting for him; one he opens leaves the list', async () => {
    const page = await served.signIn('stalin');
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
    await page.context().close();
  });
});

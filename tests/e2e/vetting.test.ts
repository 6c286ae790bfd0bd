import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { type ClockedServer, startClockedServer } from '../support/clocked-server.js';
import { launchChromium } from '../support/launch-chromium.js';
import { REPO } from '../support/start-server.js';

/**
 * Issue 14 done when, in the browser: a draft goes to two reviewers, one
 * strikes a sentence with a reason, the other has no objections, the author
 * accepts, and the final cable registers and verifies; an unacknowledged FLASH
 * escalates when the injected clock passes its handling target. Serves the
 * built web UI: run `npm run build` first.
 */

const TIMEOUT = 180_000;
const START = '1946-03-01T09:00:00.000Z';
const DRAFT =
  'We accept the procedure for the peace treaties. The French may sit in on the Balkan treaties. The rest of our position stands.';
const STRUCK = 'The French may sit in on the Balkan treaties.';
const REASON = 'Not one word that lets the French into the Balkans.';
const minutes = (instant: string, n: number) => new Date(Date.parse(instant) + n * 60_000).toISOString();

let server: ClockedServer | undefined;
let browser: Browser | undefined;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: run `npm run build` before the browser tests.');
  }
  server = await startClockedServer(START);
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, TIMEOUT);

describe('vetting and acknowledgement in the browser', { timeout: TIMEOUT }, () => {
  test('a draft struck by one reviewer and passed by the other registers its final text, which verifies', async () => {
    const molotov = await signIn('molotov');
    const draft = await post(molotov, '/api/vetting', {
      reviewers: ['stalin', 'beria'],
      classification: 'SECRET',
      subject: 'Draft statement on the procedure',
      body: DRAFT,
    });

    const stalin = await signIn('stalin');
    await stalin.goto(`${server!.baseUrl}/vetting/${draft}`);
    await stalin.getByLabel('Passage (quote the words of the draft)').fill(STRUCK);
    await stalin.getByLabel('Reason').fill(REASON);
    await stalin.getByRole('button', { name: 'Strike it out' }).click();
    // The edit is shown struck out before it is sent.
    await expect.poll(() => stalin.locator('.tracked-changes del').first().textContent()).toContain('French');
    await stalin.getByRole('button', { name: 'Send the edit' }).click();
    await expect.poll(() => reviewer(stalin, 'stalin').getAttribute('data-state')).toBe('edits-open');

    const beria = await signIn('beria');
    await beria.goto(`${server!.baseUrl}/vetting/${draft}`);
    await beria.getByRole('button', { name: 'No objections' }).click();
    await expect.poll(() => reviewer(beria, 'beria').getAttribute('data-state')).toBe('signed-off');

    await molotov.goto(`${server!.baseUrl}/vetting/${draft}`);
    const rule = molotov.getByTestId('sign-off-rule');
    await expect.poll(() => rule.getAttribute('data-holds')).toBe('false');
    const review = molotov.locator('[data-testid="review"][data-reviewer="stalin"]');
    expect(await review.textContent()).toContain(REASON);
    expect(await review.locator('.tracked-changes del').first().textContent()).toContain('French');
    // Registering before the rule holds is not offered.
    expect(await molotov.getByRole('button', { name: 'Register the final text' }).isDisabled()).toBe(true);
    await review.getByRole('radio', { name: 'Accept' }).check();
    await molotov.getByRole('button', { name: 'Send the answers' }).click();
    await expect.poll(() => rule.getAttribute('data-holds')).toBe('true');
    await expect.poll(() => reviewer(molotov, 'stalin').getAttribute('data-state')).toBe('signed-off');

    const picker = molotov.getByRole('group', { name: 'Register it to (action)' });
    await picker.getByRole('checkbox', { name: /The Four/ }).check();
    await molotov.getByRole('button', { name: 'Register the final text' }).click();
    await molotov.getByTestId('cable').waitFor();
    const body = await molotov.getByTestId('cable').textContent();
    expect(body).toContain(
      'We accept the procedure for the peace treaties. The rest of our position stands.',
    );
    expect(body).not.toContain('French');

    const verified = await verifyRegistry(server!.services, () => {}, { workers: 0 });
    expect(verified.fault).toBeNull();
    await Promise.all([molotov, stalin, beria].map((page) => page.context().close()));
  });

  test('a FLASH one addressee acknowledged and the other did not escalates once its target passes', async () => {
    const at = minutes(START, 60);
    server!.setNow(at);
    const molotov = await signIn('molotov');
    const flash = await post(molotov, '/api/cables', {
      to: ['stalin', 'beria'],
      precedence: 'FLASH',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'Byrnes proposes to end the session',
      body: 'Byrnes proposes to close the session tomorrow. I need your instructions tonight.',
    });

    server!.setNow(minutes(at, 3));
    const stalin = await signIn('stalin');
    await stalin.goto(`${server!.baseUrl}/cable/${flash}`);
    await stalin.getByRole('button', { name: 'Acknowledge' }).click();
    await stalin.getByTestId('acknowledged').waitFor();

    // One minute before the target (FLASH: ten minutes) nothing escalates; one minute after, beria does.
    server!.setNow(minutes(at, 9));
    await server!.tick();
    await molotov.goto(`${server!.baseUrl}/cable/${flash}`);
    await expect.poll(() => row(molotov, 'beria').getAttribute('data-state')).toBe('waiting');
    server!.setNow(minutes(at, 11));
    await server!.tick();
    await molotov.reload();
    await expect.poll(() => row(molotov, 'beria').getAttribute('data-state')).toBe('escalated');
    expect(await row(molotov, 'stalin').getAttribute('data-state')).toBe('acknowledged');
    expect(await row(molotov, 'beria').textContent()).toContain('Not opened');
    // Each sign-in starts signed out: the first /api/me answers 401, which the browser logs.
    expect(problems.filter((problem) => !/status of 401/.test(problem))).toEqual([]);
  });
});

function reviewer(page: Page, id: string) {
  return page.locator(`[data-testid="reviewer-row"][data-reviewer="${id}"]`);
}

function row(page: Page, id: string) {
  return page.locator(`[data-testid="acknowledgement-row"][data-person="${id}"]`);
}

/** Registers through the API as the signed-in page's user; the new cable's id. */
async function post(page: Page, url: string, body: unknown): Promise<string> {
  const answer = await page.evaluate(
    async ({ url, body }) => {
      const { csrfToken } = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plenipo-csrf': csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { url, body },
  );
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return (answer.json as { cable: { id: string } }).cable.id;
}

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

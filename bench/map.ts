import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Move } from '../src/core/index.js';
import { registerCable } from '../src/services/cables/register-cable.js';
import { scopeOf } from '../src/services/mandates/reader-scope.js';
import { OPERATOR } from '../src/services/organisation/authority.js';
import { recordSetup } from '../src/services/organisation/record-setup.js';
import { viewIssueMap, viewMapOverview } from '../src/services/record/view-negotiation-map.js';
import type { Services } from '../src/services/services.js';
import { BENCH_PASSWORD, benchRegistry } from './bench-organisation.js';
import { report } from './report.js';
import { freePort, serveForBench } from './serve-for-bench.js';

const MOVES = Number(process.env.BENCH_MAP_MOVES ?? 10_000);
const ISSUES = 50;
const OTHER_MOVES = 100;
const PARTIES = ['a', 'b', 'c', 'd', 'e'];
const CONFERENCE = 'bench';
const CEILING_MS = 1000;
const READER = 'p1';

/**
 * map: one issue's negotiation map with 10,000 moves from 5 parties, and the
 * conference overview of 50 issues (100 moves on each other issue), computed
 * in the reader's scope (service layer, ms) and shown in Chromium (ms from
 * navigation until the chart, or the overview's table, is on screen; the
 * server computes the same view inside that time), against a ceiling of one second.
 */
export async function benchMap(): Promise<void> {
  const { services, dir } = await benchRegistry(20, 2);
  try {
    await planConference(services);
    await reportMoves(services, 'i0', MOVES);
    for (let i = 1; i < ISSUES; i += 1) await reportMoves(services, `i${i}`, OTHER_MOVES);
    const scope = scopeOf(services, READER);
    const now = services.now();
    const computeMap = await timed(() => viewIssueMap(scope, CONFERENCE, 'i0', now));
    const computeOverview = await timed(() => viewMapOverview(scope, CONFERENCE, null, now));
    await services.store.close();
    const shown = await showInChromium(`${dir}/plenipo.db`);
    const note = `${MOVES} moves from ${PARTIES.length} parties; ${ISSUES} issues`;
    report({
      name: 'map-compute',
      value: computeMap,
      unit: 'ms',
      ceiling: CEILING_MS,
      ratio: computeMap / CEILING_MS,
      note,
    });
    report({
      name: 'map-first-paint',
      value: shown.map,
      unit: 'ms',
      ceiling: CEILING_MS,
      ratio: shown.map / CEILING_MS,
      note,
    });
    report({
      name: 'overview-compute',
      value: computeOverview,
      unit: 'ms',
      ceiling: CEILING_MS,
      ratio: computeOverview / CEILING_MS,
      note,
    });
    report({
      name: 'overview-first-paint',
      value: shown.overview,
      unit: 'ms',
      ceiling: CEILING_MS,
      ratio: shown.overview / CEILING_MS,
      note,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function planConference(services: Services) {
  const at = '2026-01-01T00:00:00.000Z';
  await recordSetup({ ...services, now: () => at }, OPERATOR, [
    {
      op: 'conference.create',
      id: CONFERENCE,
      name: 'Bench conference',
      place: 'Geneva',
      startsOn: at,
      endsOn: '2026-12-31T00:00:00.000Z',
    },
    {
      op: 'conference.plan',
      id: CONFERENCE,
      plan: {
        ourParty: 'a',
        principals: ['p0'],
        delegation: [READER],
        parties: PARTIES.map((id) => ({ id, name: `Party ${id.toUpperCase()}` })),
        issues: Array.from({ length: ISSUES }, (_, i) => ({
          id: `i${i}`,
          title: `Issue ${i}`,
          decision: 'unanimity' as const,
        })),
        sessions: [],
      },
    },
  ]);
}

/** `count` numeric moves on `issue`, 50 to a report, the five parties in turn, each drifting toward the others. */
async function reportMoves(services: Services, issue: string, count: number) {
  const start = Date.parse('2026-02-01T00:00:00Z');
  for (let first = 0; first < count; first += 50) {
    const moves: Move[] = [];
    for (let i = first; i < Math.min(count, first + 50); i += 1) {
      const party = PARTIES[i % PARTIES.length]!;
      const value = Math.round((2 + (i % 5) * 1.5 - (i / count) * (i % 5)) * 100) / 100;
      const base = { issue, type: 'proposal' as const, value, unit: '%', summary: `Offer ${i}` };
      moves.push(party === 'a' ? { ...base, side: 'ours' } : { ...base, side: 'theirs', party });
    }
    const at = new Date(start + first * 60_000).toISOString();
    await registerCable({ ...services, now: () => at }, READER, {
      to: ['p0'],
      precedence: 'ROUTINE',
      classification: 'SECRET',
      kind: 'report',
      subject: `Moves on ${issue}`,
      issues: [issue],
      conference: CONFERENCE,
      body: 'Moves at the table.',
      payload: { type: 'moves', conference: CONFERENCE, moves },
    });
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Milliseconds from navigation until the issue's chart, then the overview's rows, are on screen. */
async function showInChromium(db: string): Promise<{ map: number; overview: number }> {
  const server = await serveForBench(db, await freePort());
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Login').fill(READER);
    await page.getByLabel('Password').fill(BENCH_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const paintOf = async (path: string, selector: string) => {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector(selector, { timeout: 60_000 });
      // Milliseconds since this navigation began, read in the page as soon as the element is there.
      return page.evaluate(() => performance.now());
    };
    // The first visit loads the page's code into the cache, as a reader's second look would have it.
    await paintOf(`/map/i0?conference=${CONFERENCE}`, '[data-testid="issue-chart"] svg');
    const map = await paintOf(`/map/i0?conference=${CONFERENCE}`, '[data-testid="issue-chart"] svg');
    const overview = await paintOf(`/map?conference=${CONFERENCE}`, '[data-testid="overview-row"]');
    return { map, overview };
  } finally {
    await browser.close();
    await server.stop();
  }
}

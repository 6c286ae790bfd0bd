import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonPlan } from '../../scenarios/london-1945/plan.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import { recordSetup } from '../../src/services/organisation/record-setup.js';
import type { Services } from '../../src/services/services.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * Issue 12, finding 1: everything a person sees that is derived from cables
 * (verdicts, explanations, citations, alerts, re-evaluations) is derived only
 * from cables that person may read. Stalin adds a red line on the Austrian
 * currency in a directive to Beria alone; Molotov then reports a move that
 * crosses it. Molotov's mandate is the directives he can read: none on that
 * issue, so for him the move is UNMANDATED, wherever he looks.
 */

const CONFERENCE = 'london-1945';
const SECRET_CLAUSE = 'hidden-schilling-floor';
const SECRET_WORDS = 'never below seven schillings, whatever Byrnes offers';

let registry: TestServices;
let app: FastifyInstance;
const sessions: Record<string, Session> = {};

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const post = (who: string, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

function directiveTo(to: string[], fields: Record<string, unknown> = {}, issue = 'austria-currency') {
  return aCable({
    to,
    kind: 'directive',
    subject: 'Austrian currency: a floor',
    conference: CONFERENCE,
    payload: {
      type: 'mandate-amendment',
      conference: CONFERENCE,
      issue,
      changes: [
        {
          op: 'add-red-line',
          redLine: {
            id: SECRET_CLAUSE,
            description: SECRET_WORDS,
            rule: { type: 'numeric-bound', bound: 7, unit: 'schilling', direction: 'more-is-better' },
          },
        },
      ],
    },
    ...fields,
  });
}

const CONCESSION = {
  issue: 'austria-currency',
  type: 'concession',
  value: 5,
  unit: 'schilling',
  summary: 'Agreed to five schillings to the dollar',
};

function reportTo(to: string[], issue = 'austria-currency') {
  return aCable({
    to,
    kind: 'report',
    subject: 'Austrian currency',
    conference: CONFERENCE,
    payload: { type: 'moves', conference: CONFERENCE, moves: [{ ...CONCESSION, issue, side: 'ours' }] },
  });
}

/** The verdict on the first move of a report, as `who` opens it. */
async function verdictOnReport(who: string, report: string) {
  const opened = await get(who, `/api/cables/${report}`);
  expect(opened.statusCode).toBe(200);
  return opened.json<{ cable: { moves: { verdict: { verdict: string; explanation: string } }[] } }>().cable
    .moves[0]!.verdict;
}

/** Sets the conference's plan, as the registry clerk's setup entry. */
const setPlan = (services: Services, plan: unknown) =>
  recordSetup(services, OPERATOR, [{ op: 'conference.plan', id: CONFERENCE, plan }]);

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  for (const person of ['stalin', 'molotov', 'beria', 'vyshinsky'])
    sessions[person] = await logInInProcess(app, person);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('a verdict resting on a directive its reader may not read', { timeout: SLOW }, () => {
  let reportId: string;
  let answered: string;

  beforeAll(async () => {
    expect((await post('stalin', '/api/cables', directiveTo(['beria']))).statusCode).toBe(201);
    const reported = await post('molotov', '/api/cables', reportTo(['stalin']));
    expect(reported.statusCode).toBe(201);
    answered = reported.body;
    reportId = reported.json<{ cable: { id: string } }>().cable.id;
  });

  it('is, for the delegation head, the verdict of the mandate he can read, in the answer to his report', () => {
    expect(answered).not.toContain(SECRET_CLAUSE);
    expect(answered).not.toContain(SECRET_WORDS);
    expect(answered).not.toContain('RED_LINE');
    expect(answered).toContain('UNMANDATED');
  });

  it('is the same when he opens the report, lists the moves, or asks "what if"', async () => {
    const onReport = await verdictOnReport('molotov', reportId);
    const moves = await get('molotov', `/api/conferences/${CONFERENCE}/moves`);
    const listed = moves
      .json<{ moves: { report: { id: string }; verdict: unknown }[] }>()
      .moves.find((move) => move.report.id === reportId);
    const whatIf = await post('molotov', `/api/conferences/${CONFERENCE}/check`, { move: CONCESSION });
    for (const body of [JSON.stringify(onReport), moves.body, whatIf.body]) {
      expect(body).not.toContain(SECRET_CLAUSE);
      expect(body).not.toContain(SECRET_WORDS);
    }
    expect(onReport).toMatchObject({ verdict: 'UNMANDATED' });
    expect(listed?.verdict).toEqual(onReport);
    expect(whatIf.json<{ verdict: unknown }>().verdict).toEqual(onReport);
  });

  it('shows no badge in his boxes that he could not explain', async () => {
    const sent = await get('molotov', '/api/inbox?box=sent&limit=200');
    const row = sent
      .json<{ cables: { id: string; verdict: string | null }[] }>()
      .cables.find((cable) => cable.id === reportId);
    expect(row?.verdict).toBe('UNMANDATED');
  });

  it('is the whole mandate for the principal who reads every directive', async () => {
    const onReport = await verdictOnReport('stalin', reportId);
    expect(onReport).toMatchObject({ verdict: 'RED_LINE' });
    expect(onReport.explanation).toContain(SECRET_CLAUSE);
  });
});

describe('alerts and re-evaluation', { timeout: SLOW }, () => {
  it('alerts only a principal who can read the report and the directive it rests on', async () => {
    // Vyshinsky joins Stalin as a principal; Stalin's red line goes to Beria, so Vyshinsky cannot read it.
    await setPlan(registry.services, { ...londonPlan, principals: ['stalin', 'vyshinsky'] });
    const report = await post('molotov', '/api/cables', reportTo(['stalin', 'vyshinsky']));
    expect(report.statusCode).toBe(201);
    const id = report.json<{ cable: { id: string } }>().cable.id;
    const alertsOf = async (who: string) =>
      (await get(who, '/api/alerts'))
        .json<{ alerts: { report: { id: string }; verdict: string }[] }>()
        .alerts.filter((alert) => alert.report.id === id);
    expect((await alertsOf('stalin')).map((alert) => alert.verdict)).toEqual(['RED_LINE']);
    // For Vyshinsky the move is UNMANDATED, which is an alert of its own, never the red line.
    expect((await alertsOf('vyshinsky')).map((alert) => alert.verdict)).toEqual(['UNMANDATED']);
    expect((await get('vyshinsky', '/api/alerts')).body).not.toContain('RED_LINE');
    await setPlan(registry.services, londonPlan);
  });

  it('never tells a principal of a report he may not read', async () => {
    // Molotov reports on Finland to Stalin, and to Vyshinsky alone; Stalin then corrects the mandate
    // in the past and re-evaluates: both verdicts change, but Stalin may hear only of his report.
    expect((await post('molotov', '/api/cables', reportTo(['stalin'], 'finland-treaty'))).statusCode).toBe(
      201,
    );
    const hidden = await post('molotov', '/api/cables', reportTo(['vyshinsky'], 'finland-treaty'));
    expect(hidden.statusCode).toBe(201);
    const correction = directiveTo(
      ['molotov'],
      { subject: 'Finland: a floor, from the start' },
      'finland-treaty',
    );
    const payload = correction.payload as unknown as {
      changes: { redLine: { id: string } }[];
      effectiveAt?: string;
    };
    payload.changes[0]!.redLine.id = 'schilling-floor-from-the-start';
    payload.effectiveAt = '1945-09-01T00:00:00.000Z';
    expect((await post('stalin', '/api/cables', correction)).statusCode).toBe(201);
    const reevaluated = await post('stalin', `/api/conferences/${CONFERENCE}/reevaluate`, {});
    expect(reevaluated.statusCode).toBe(200);
    const { changed } = reevaluated.json<{ changed: { report: { id: string } | null }[] }>();
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((change) => change.report !== null)).toBe(true);
    expect(reevaluated.body).not.toContain(hidden.json<{ cable: { id: string } }>().cable.id);
  });
});

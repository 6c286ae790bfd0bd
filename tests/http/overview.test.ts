import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * The desk overview (issue 16: what needs me now): moves outside the mandate
 * not yet seen, queries not answered, urgent cables not opened — each only
 * from cables its reader may read.
 */

let registry: TestServices;
let app: FastifyInstance;
const sessions: Record<string, Session> = {};

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const post = (who: string, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

interface Row {
  id: string;
  subject: string;
}
interface Overview {
  moves: { report: Row; idx: number; verdict: string }[];
  queries: Row[];
  urgent: Row[];
}
const overviewOf = async (who: string) => {
  const answer = await get(who, '/api/overview');
  expect(answer.statusCode).toBe(200);
  return answer.json<Overview>();
};
const send = async (who: string, cable: unknown) => {
  const answer = await post(who, '/api/cables', cable);
  expect(answer.statusCode).toBe(201);
  return answer.json<{ cable: { id: string } }>().cable.id;
};

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  for (const person of ['stalin', 'molotov', 'beria']) sessions[person] = await logInInProcess(app, person);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe("a reader's desk: what needs them now", { timeout: SLOW }, () => {
  it('lists a query to the reader until they answer it, and never one they may not read', async () => {
    const asked = await send(
      'molotov',
      aCable({ to: ['stalin'], kind: 'query', subject: 'May we concede Tripoli?' }),
    );
    const hidden = await send(
      'beria',
      aCable({ to: ['molotov'], kind: 'query', subject: 'Beria asks Molotov' }),
    );
    expect((await overviewOf('stalin')).queries.map(({ id }) => id)).toContain(asked);
    expect(JSON.stringify(await overviewOf('stalin'))).not.toContain(hidden);
    await send('stalin', aCable({ to: ['molotov'], kind: 'reply', subject: 'No.', inReplyTo: asked }));
    expect((await overviewOf('stalin')).queries.map(({ id }) => id)).not.toContain(asked);
  });

  it('lists an unopened FLASH cable until it is opened', async () => {
    const flash = await send(
      'stalin',
      aCable({ to: ['molotov'], precedence: 'FLASH', subject: 'Hold firm' }),
    );
    expect((await overviewOf('molotov')).urgent.map(({ id }) => id)).toContain(flash);
    expect((await get('molotov', `/api/cables/${flash}`)).statusCode).toBe(200);
    expect((await overviewOf('molotov')).urgent.map(({ id }) => id)).not.toContain(flash);
  });

  it('lists the unseen moves outside the mandate, with their verdicts, until their report is opened', async () => {
    const unseen = (await get('stalin', '/api/alerts'))
      .json<{ alerts: { report: { id: string }; idx: number; verdict: string; seenAt: string | null }[] }>()
      .alerts.filter((alert) => alert.seenAt === null);
    expect(unseen.length).toBeGreaterThan(0);
    const first = unseen[0]!;
    const listed = (await overviewOf('stalin')).moves;
    expect(listed.map(({ report, idx, verdict }) => ({ report: report.id, idx, verdict }))).toContainEqual({
      report: first.report.id,
      idx: first.idx,
      verdict: first.verdict,
    });
    expect(listed.every(({ verdict }) => verdict !== 'WITHIN')).toBe(true);
    expect((await get('stalin', `/api/cables/${first.report.id}`)).statusCode).toBe(200);
    expect((await overviewOf('stalin')).moves.some(({ report }) => report.id === first.report.id)).toBe(
      false,
    );
  });

  it('shows Molotov, who is no principal, no alerts at all', async () => {
    expect((await overviewOf('molotov')).moves).toEqual([]);
  });

  it('is refused to anyone not signed in', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/overview' })).statusCode).toBe(401);
  });
});

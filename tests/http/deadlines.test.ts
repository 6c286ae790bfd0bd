import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireDeadlineAlerts } from '../../src/services/deadlines/fire-deadline-alerts.js';
import type { Services } from '../../src/services/services.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/** Issue 11 over HTTP: deadlines set in a cable's payload, listed per conference and per person, and their alerts. */

const CONFERENCE = 'london-1945';
const SET = '1946-02-10T09:00:00.000Z';

let registry: TestServices;
let app: FastifyInstance;
let now = SET;
const sessions: Record<string, Session> = {};

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
/** Only the ratification window's entries: the example's own L-32 deadline is listed beside it. */
const ours = <T extends { id?: string; deadline?: { id: string } }>(entries: T[]) =>
  entries.filter((entry) => (entry.id ?? entry.deadline?.id) === 'ratify-italian-treaty');
const post = (who: string, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

const ratificationWindow = {
  id: 'ratify-italian-treaty',
  description: 'Ratify the Italian treaty within seven months of the agreement',
  issue: 'italy-treaty',
  due: { type: 'within', of: { type: 'registration' }, within: { months: 7 } },
  meets: { type: 'cable', kind: 'approval', issue: 'italy-treaty' },
  actors: ['stalin'],
  notify: ['molotov'],
  warn: [{ days: 7 }],
};

/** Sets the injected clock; sessions last hours, not months, so everyone signs in again at the new instant. */
async function moveClockTo(instant: string) {
  now = instant;
  for (const who of ['stalin', 'molotov', 'beria']) sessions[who] = await logInInProcess(app, who);
}

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  const services: Services = { ...registry.services, now: () => now };
  app = await buildTestApp(services);
  for (const who of ['stalin', 'molotov', 'beria']) sessions[who] = await logInInProcess(app, who);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('deadlines over HTTP', { timeout: SLOW }, () => {
  it('sets a ratification window in a directive and lists it per conference and per person', async () => {
    const sent = await post(
      'stalin',
      '/api/cables',
      aCable({
        to: ['molotov'],
        kind: 'directive',
        subject: 'The Italian treaty: seven months to ratify',
        conference: CONFERENCE,
        payload: { type: 'deadlines', conference: CONFERENCE, deadlines: [ratificationWindow] },
      }),
    );
    expect(sent.statusCode, sent.body).toBe(201);
    const listed = await get('molotov', `/api/conferences/${CONFERENCE}/deadlines?person=stalin`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(ours(listed.json().deadlines)).toEqual([
      expect.objectContaining({
        id: 'ratify-italian-treaty',
        state: 'open',
        dueAt: '1946-09-10T09:00:00.000Z',
        actors: ['stalin'],
        metBy: null,
      }),
    ]);
    expect(ours((await get('molotov', '/api/deadlines')).json().deadlines)).toHaveLength(1);
    expect(
      ours((await get('molotov', `/api/conferences/${CONFERENCE}/deadlines?person=beria`)).json().deadlines),
    ).toEqual([]);
    // Beria may not read the directive: for him there is no such deadline.
    expect(ours((await get('beria', `/api/conferences/${CONFERENCE}/deadlines`)).json().deadlines)).toEqual(
      [],
    );
  });

  it('lists the alerts a deadline gave, and shows it lapsed once past', async () => {
    await moveClockTo('1946-09-04T09:00:00.000Z');
    await fireDeadlineAlerts({ ...registry.services, now: () => now });
    const alerts = ours((await get('molotov', '/api/deadline-alerts')).json().alerts);
    expect(alerts).toEqual([
      expect.objectContaining({
        deadline: { id: 'ratify-italian-treaty', description: ratificationWindow.description },
        firing: 'warning-7-days',
        dueAt: '1946-09-10T09:00:00.000Z',
      }),
    ]);
    expect(ours((await get('beria', '/api/deadline-alerts')).json().alerts)).toEqual([]);
    await moveClockTo('1946-09-10T09:00:00.000Z');
    const lapsed = (await get('molotov', `/api/conferences/${CONFERENCE}/deadlines?state=lapsed`)).json();
    expect(ours(lapsed.deadlines as { id: string }[]).map((deadline) => deadline.id)).toEqual([
      'ratify-italian-treaty',
    ]);
  });

  it.each([
    ['state', '?state=late', 'state'],
    ['person', '?person=Not%20an%20id', 'person'],
  ])('refuses a bad %s filter with a 400 naming it', async (_, query, field) => {
    const response = await get('stalin', `/api/conferences/${CONFERENCE}/deadlines${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field });
  });

  it('answers 404 for an unknown conference', async () => {
    expect((await get('stalin', '/api/conferences/yalta/deadlines')).statusCode).toBe(404);
  });

  it('refuses a deadline in the past with a 400 naming the field, and registers nothing', async () => {
    const before = await registry.services.store.registry.count();
    const response = await post(
      'stalin',
      '/api/cables',
      aCable({
        to: ['molotov'],
        kind: 'query',
        subject: 'Too late',
        conference: CONFERENCE,
        payload: {
          type: 'deadlines',
          conference: CONFERENCE,
          deadlines: [{ ...ratificationWindow, due: { type: 'at', at: '1946-01-01T00:00:00Z' } }],
        },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'payload.deadlines[0].due.at' });
    expect(await registry.services.store.registry.count()).toBe(before);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services/services.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/** Issue 14 over HTTP: digests, press items, circulars and their table, e-mail choices. */

let registry: TestServices;
let app: FastifyInstance;
const now = '1946-03-01T09:00:00.000Z';
const sessions: Record<string, Session> = {};
const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const post = (who: string, url: string, payload: unknown = {}) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  const services: Services = { ...registry.services, now: () => now };
  app = await buildTestApp(services);
  for (const who of ['stalin', 'molotov', 'gusev', 'gromyko', 'pavlov'])
    sessions[who] = await logInInProcess(app, who);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('digests over HTTP', { timeout: SLOW }, () => {
  it('makes a digest on demand, lists it to its reader and never to another', async () => {
    const made = await post('molotov', '/api/digests');
    expect(made.statusCode).toBe(201);
    const { cable } = made.json();
    expect(
      (await get('molotov', '/api/digests')).json().digests.map((d: { cable: { id: string } }) => d.cable.id),
    ).toContain(cable.id);
    expect((await get('stalin', `/api/cables/${cable.id}`)).statusCode).toBe(404);
  });

  it('refuses a body that is JSON but not an object, registering nothing', async () => {
    const before = (await get('molotov', '/api/digests')).json().digests.length;
    for (const payload of ['null', '[]', '"now"']) {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/digests',
        headers: { ...sessions.molotov!.writes, 'content-type': 'application/json' },
        payload,
      });
      expect(refused.statusCode, payload).toBe(400);
      expect(refused.json(), payload).toMatchObject({ error: 'invalid-input', field: 'body' });
    }
    expect((await get('molotov', '/api/digests')).json().digests).toHaveLength(before);
  });

  it('sets the daily hour, refusing a bad one naming the field', async () => {
    const bad = await post('molotov', '/api/digest-schedule', { hour: 25, timeZone: 'Europe/Moscow' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid-input', field: 'hour' });
    const set = await post('molotov', '/api/digest-schedule', { hour: 7, timeZone: 'Europe/Moscow' });
    expect(set.json()).toEqual({ hour: 7, timeZone: 'Europe/Moscow', enabled: true });
    expect((await get('molotov', '/api/digests')).json().schedule).toEqual({
      hour: 7,
      timeZone: 'Europe/Moscow',
      enabled: true,
    });
  });
});

describe('press items over HTTP', { timeout: SLOW }, () => {
  it('reach the named readers only, by topic', async () => {
    const entered = await post('pavlov', '/api/press-items', {
      to: ['molotov'],
      source: 'News Chronicle',
      date: '1946-02-28',
      language: 'en',
      topic: 'Council of Foreign Ministers',
      summary: 'The paper expects the deputies to meet again in spring.',
      classification: 'UNCLASSIFIED',
    });
    expect(entered.statusCode).toBe(201);
    const mine = (await get('molotov', '/api/press-items')).json().items;
    expect(mine.map((item: { source: string }) => item.source)).toEqual(['News Chronicle']);
    expect((await get('stalin', '/api/press-items')).json().items).toEqual([]);
    const bad = await post('pavlov', '/api/press-items', {
      to: ['molotov'],
      source: 'Pravda',
      date: 'yesterday',
      language: 'ru',
      topic: 'Japan',
      summary: 'x',
      classification: 'UNCLASSIFIED',
    });
    expect(bad.json()).toMatchObject({ error: 'invalid-input', field: 'date' });
  });
});

describe('circulars over HTTP', { timeout: SLOW }, () => {
  it('go to every mission; their author sees who has acknowledged, and no one else does', async () => {
    const sent = await post('molotov', '/api/circulars', {
      classification: 'SECRET',
      subject: 'On the conduct of missions during the recess',
      body: 'Report any approach by the Western delegations at once.',
    });
    expect(sent.statusCode).toBe(201);
    const { cable } = sent.json();
    // Opening is not acknowledging: gromyko opens it, gusev acknowledges it.
    await get('gromyko', `/api/cables/${cable.id}`);
    expect((await post('gusev', `/api/cables/${cable.id}/acknowledgement`)).statusCode).toBe(200);
    const table = (await get('molotov', `/api/circulars/${cable.id}/acknowledgements`)).json();
    const acknowledged = Object.fromEntries(
      table.rows.map((row: { person: string; acknowledgedAt: string | null }) => [
        row.person,
        row.acknowledgedAt !== null,
      ]),
    );
    expect(acknowledged).toMatchObject({ gusev: true, gromyko: false });
    expect((await get('gusev', `/api/circulars/${cable.id}/acknowledgements`)).statusCode).toBe(404);
    const chased = await post('molotov', `/api/circulars/${cable.id}/chase`);
    expect(chased.statusCode).toBe(201);
    expect((await get('gusev', `/api/cables/${chased.json().cable.id}`)).statusCode).toBe(404);
    expect((await get('gromyko', `/api/cables/${chased.json().cable.id}`)).statusCode).toBe(200);
  });
});

describe('e-mail choices over HTTP', { timeout: SLOW }, () => {
  it('are stored per person and refused naming the field when the address is not one', async () => {
    const bad = await post('gusev', '/api/email-choice', { address: 'not an address', events: ['flash'] });
    expect(bad.json()).toMatchObject({ error: 'invalid-input', field: 'address' });
    await post('gusev', '/api/email-choice', { address: 'gusev@embassy.example', events: ['flash'] });
    expect((await get('gusev', '/api/email-choice')).json().choice).toEqual({
      address: 'gusev@embassy.example',
      events: ['flash'],
    });
    expect((await get('molotov', '/api/email-choice')).json().choice).toBeNull();
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import type { CableView } from '../../src/http/schemas/cable-schemas.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken, logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
let all: Cable[];
/** The cable of 6 December 1945: to the Three, not to Molotov, READ-OUT. */
let toTheThree: Cable;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  all = [];
  for await (const batch of registry.services.store.registry.scan(100)) {
    for (const scanned of batch) all.push(scanned.cable!);
  }
  toTheThree = all.find(
    (cable) => cable.registeredAt.startsWith('1945-12-06') && cable.to.includes('three'),
  )!;
  for (const person of ['molotov', 'beria']) sessions[person] = await logInInProcess(app, person);
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

async function exportOf(headers: Record<string, string>, query = '') {
  const response = await app.inject({ method: 'GET', url: `/api/export${query}`, headers });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  const lines = response.body.split('\n');
  expect(lines.pop()).toBe('');
  return { body: response.body, views: lines.map((line) => JSON.parse(line) as CableView) };
}

const readableBy = (person: string) => all.filter((cable) => cable.readers.includes(person));

describe('GET /api/export', () => {
  it('lists exactly the cables the reader may read, in chain order, one view a line', async () => {
    for (const person of ['molotov', 'beria']) {
      const { views } = await exportOf(sessions[person]!.reads);
      expect(views.map((view) => view.id)).toEqual(readableBy(person).map((cable) => cable.id));
    }
  });

  it('leaves out the cable to the Three for molotov, and names no cable he may not read', async () => {
    const { body } = await exportOf(sessions.molotov!.reads);
    for (const leak of [toTheThree.id, toTheThree.number, 'popularity']) expect(body).not.toContain(leak);
    const unreadable = all.filter((cable) => !cable.readers.includes('molotov'));
    for (const cable of unreadable) expect(body).not.toContain(cable.id);
  });

  it('lists a READ-OUT cable with its body withheld, in a web session as through an API token', async () => {
    for (const headers of [sessions.beria!.reads, await issueApiToken(app, 'beria')]) {
      const { body, views } = await exportOf(headers);
      expect(views.find((view) => view.id === toTheThree.id)).toMatchObject({
        number: toTheThree.number,
        body: null,
        withheld: 'READ-OUT',
      });
      expect(body).not.toContain('popularity');
    }
  });

  it('gives the other cables whole, with links only to cables the reader may read', async () => {
    const { views } = await exportOf(sessions.beria!.reads);
    const answered = all.find((cable) => cable.id === toTheThree.inReplyTo)!;
    const view = views.find((entry) => entry.id === answered.id)!;
    expect(view.body).toBe(answered.body);
    expect(view.withheld).toBeNull();
    expect(views.find((entry) => entry.id === toTheThree.id)!.inReplyTo).toEqual({
      id: answered.id,
      number: answered.number,
    });
  });

  it('resumes after the last cable already exported, named by id or number', async () => {
    const whole = (await exportOf(sessions.beria!.reads)).views;
    for (const after of [whole[9]!.id, whole[9]!.number]) {
      const rest = (await exportOf(sessions.beria!.reads, `?after=${encodeURIComponent(after)}`)).views;
      expect(rest.map((view) => view.id)).toEqual(whole.slice(10).map((view) => view.id));
    }
  });

  it('is audited as cables.export, naming the reader', async () => {
    const after = (await exportOf(sessions.molotov!.reads)).views[2]!.id;
    await exportOf(sessions.molotov!.reads, `?after=${after}`);
    const [entry] = await registry.services.store.audit.list({ action: 'cables.export', limit: 1 });
    expect(entry).toMatchObject({ actor: 'molotov', action: 'cables.export', detail: { after } });
  });

  it('refuses a bad query with 400 naming the parameter, and a caller without a session with 401', async () => {
    for (const [query, field] of [
      ['?after=', 'after'],
      ['?after=soon', 'after'],
      [`?after=${all.find((cable) => !cable.readers.includes('beria'))!.id}`, 'after'],
      ['?box=in', 'box'],
    ]) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/export${query}`,
        headers: sessions.beria!.reads,
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({ error: 'invalid-input', field });
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/export' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

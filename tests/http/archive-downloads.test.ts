import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Cable } from '../../src/core/index.js';
import { verifyBundle } from '../../src/services/archive/bundle/verify-bundle.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
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
  const aThree = toTheThree.readers.find((reader) => reader !== 'registry' && reader !== toTheThree.author)!;
  for (const person of ['molotov', 'beria', aThree]) sessions[person] = await logInInProcess(app, person);
  sessions.three = sessions[aThree]!;
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

const get = (person: string, url: string) =>
  app.inject({ method: 'GET', url, headers: sessions[person]!.reads });

describe('GET /api/bundle', () => {
  it("gives a conference's cables its reader may read as a bundle that verifies offline", async () => {
    const response = await get('molotov', '/api/bundle?conference=london-1945');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="plenipo-conference-london-1945.json"',
    );
    const bundle = JSON.parse(response.body) as Bundle;
    const expected = all.filter(
      (cable) =>
        cable.conference === 'london-1945' &&
        cable.readers.includes('molotov') &&
        !cable.captions.includes('READ-OUT'),
    );
    expect(bundle.cables.map(({ cable }) => cable.number)).toEqual(expected.map((cable) => cable.number));
    const serverKey = (await registry.services.store.heads.serverKey())!.publicKey;
    const check = verifyBundle(response.body, serverKey);
    expect(check.faults).toEqual([]);
    expect(check.verified).toHaveLength(expected.length);
  });

  it('answers a cable its caller may not read exactly as a missing one', async () => {
    const hidden = await get('molotov', `/api/bundle?cable=${encodeURIComponent(toTheThree.number)}`);
    const missing = await get('molotov', '/api/bundle?cable=NOSUCH%200001');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
  });

  it('leaves a READ-OUT cable out of the bundle of one who may read it, and says so', async () => {
    const response = await get('three', `/api/bundle?cable=${encodeURIComponent(toTheThree.number)}`);
    expect(response.statusCode).toBe(200);
    const bundle = JSON.parse(response.body) as Bundle;
    expect(bundle.cables).toEqual([]);
    expect(bundle.withheld).toEqual([toTheThree.number]);
  });

  it('refuses a query that names nothing, naming the field', async () => {
    const response = await get('molotov', '/api/bundle');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'cable' });
  });
});

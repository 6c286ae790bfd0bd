import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegistryNumber } from '../../src/core/index.js';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { EventStream, type ServerSentEvent } from '../support/event-stream.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * Issue 12, finding 2: what an ordinary reader observes is the same whether or
 * not cables they may not read exist. Stalin cables Molotov, then Gusev alone
 * (in the same direction, London), then Molotov again: nothing Molotov is
 * shown may tell that the cable to Gusev was registered between his two.
 */

let registry: TestServices;
let app: FastifyInstance;
const sessions: Record<string, Session> = {};
let events: ServerSentEvent[];
let first: { id: string; number: string };
let second: { id: string; number: string };

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const send = async (who: string, draft: ReturnType<typeof aCable>) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/cables',
    headers: sessions[who]!.writes,
    payload: draft,
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ cable: { id: string; number: string } }>().cable;
};

/** The chain's internals and the registry's totals, which only the auditor is shown. */
const CHAIN_FIELDS = ['"seq"', '"hash"', '"prevHash"', '"seriesSeq"'];

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  await app.listen({ host: '127.0.0.1', port: 0 });
  for (const person of ['stalin', 'molotov', 'poskrebyshev'])
    sessions[person] = await logInInProcess(app, person);
  const stream = await EventStream.open(
    `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    sessions.molotov!,
  );
  first = await send('stalin', aCable({ to: ['molotov'], subject: 'First to Molotov' }));
  await send('stalin', aCable({ to: ['gusev'], subject: 'To Gusev alone' }));
  second = await send('stalin', aCable({ to: ['molotov'], subject: 'Second to Molotov' }));
  events = await stream.until((data) => data.includes(second.id));
  await stream.close();
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('what an ordinary reader can count', { timeout: SLOW }, () => {
  it('numbers his two cables one after the other in one series, with no gap for the cable he may not read', () => {
    const [a, b] = [parseRegistryNumber(first.number)!, parseRegistryNumber(second.number)!];
    expect(b.series).toBe(a.series);
    expect(b.sequence).toBe(a.sequence + 1);
  });

  it('shows no chain position, hash or previous hash on any cable he reads, lists, finds or exports', async () => {
    for (const url of [
      `/api/cables/${second.id}`,
      '/api/inbox?limit=200',
      '/api/search?q=Molotov&limit=200',
      '/api/export',
    ]) {
      const response = await get('molotov', url);
      expect(response.statusCode, url).toBe(200);
      for (const field of CHAIN_FIELDS) expect(response.body, `${url} holds ${field}`).not.toContain(field);
    }
  });

  it('numbers live events per reader, without skipping the cable he may not read', () => {
    const ids = events.map((event) => Number(event.id));
    expect(ids.slice(-2)).toEqual([ids[ids.length - 2]!, ids[ids.length - 2]! + 1]);
    for (const event of events) for (const field of CHAIN_FIELDS) expect(event.data).not.toContain(field);
  });

  it('keeps the registry head and its count for the auditor', async () => {
    await signRegistryHead(registry.services);
    expect((await get('molotov', '/api/registry/head')).statusCode).toBe(403);
    const forAuditor = await get('poskrebyshev', '/api/registry/head');
    expect(forAuditor.statusCode).toBe(200);
    expect(forAuditor.json()).toMatchObject({ seq: expect.any(Number), hash: expect.any(String) });
  });

  it('resumes an export after the last cable the reader holds, named by id, not by a chain position', async () => {
    const whole = (await get('molotov', '/api/export')).body.trim().split('\n');
    const rest = (await get('molotov', `/api/export?after=${first.id}`)).body.trim().split('\n');
    expect(rest).toEqual(whole.slice(whole.findIndex((line) => line.includes(first.id)) + 1));
  });
});

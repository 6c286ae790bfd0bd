import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * The delegation view (issue 16): today's sessions, the authority requests
 * still open, the directives since yesterday, each from what its reader may read.
 */

let registry: TestServices;
let app: FastifyInstance;
const sessions: Record<string, Session> = {};

interface Row {
  id: string;
  subject: string;
  registeredAt: string;
}
interface Delegation {
  today: string;
  sessions: { conference: string; session: { id: string; date: string } }[];
  next: { session: { id: string } } | null;
  requests: Row[];
  directives: Row[];
}
const viewOf = async (who: string) => {
  const answer = await app.inject({ method: 'GET', url: '/api/delegation', headers: sessions[who]!.reads });
  expect(answer.statusCode).toBe(200);
  return answer.json<Delegation>();
};
const send = async (who: string, cable: unknown) => {
  const answer = await app.inject({
    method: 'POST',
    url: '/api/cables',
    headers: sessions[who]!.writes,
    payload: cable as object,
  });
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

describe("the delegation's day", { timeout: SLOW }, () => {
  it('lists a query the reader sent until someone answers it', async () => {
    const asked = await send(
      'molotov',
      aCable({ to: ['stalin'], kind: 'query', subject: 'May we concede Tripoli?' }),
    );
    expect((await viewOf('molotov')).requests.map(({ id }) => id)).toContain(asked);
    expect((await viewOf('stalin')).requests.map(({ id }) => id)).not.toContain(asked);
    await send('stalin', aCable({ to: ['molotov'], kind: 'reply', subject: 'No.', inReplyTo: asked }));
    expect((await viewOf('molotov')).requests.map(({ id }) => id)).not.toContain(asked);
  });

  it("lists the day's sessions and the directives since the start of yesterday, by the server's clock", async () => {
    const { now } = registry.services;
    registry.services.now = () => '1945-09-27T12:00:00.000Z';
    try {
      const view = await viewOf('molotov');
      expect(view.today).toBe('1945-09-27');
      expect(view.sessions.map(({ session }) => session.id)).toContain('s-1945-09-27');
      expect(view.sessions.every(({ session }) => session.date.startsWith('1945-09-27'))).toBe(true);
      expect(view.next?.session.id).not.toBe('s-1945-09-27');
      expect(view.directives.every(({ registeredAt }) => registeredAt >= '1945-09-26T00:00:00')).toBe(true);
    } finally {
      registry.services.now = now;
    }
  });

  it('lists a directive registered now, to those who may read it only', async () => {
    const view = await viewOf('molotov');
    const directive = await send(
      'stalin',
      aCable({ to: ['molotov'], kind: 'directive', subject: 'Hold to the trusteeship line' }),
    );
    expect((await viewOf('molotov')).directives.map(({ id }) => id)).toContain(directive);
    expect(view.directives.map(({ id }) => id)).not.toContain(directive);
    expect(JSON.stringify(await viewOf('beria'))).not.toContain(directive);
  });

  it('is refused to anyone not signed in', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/delegation' })).statusCode).toBe(401);
  });
});

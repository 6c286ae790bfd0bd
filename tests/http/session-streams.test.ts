import { type AddressInfo, connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/services/accounts/authenticate.js';
import { MAX_STREAMS_PER_PERSON } from '../../src/services/accounts/live-streams.js';
import type { Services } from '../../src/services/services.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { EventStream } from '../support/event-stream.js';
import { logIn, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

let registry: TestServices;
let app: FastifyInstance;
let baseUrl: string;
const streams: EventStream[] = [];

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  ({ app, baseUrl } = await listening(registry.services));
}, SLOW);
afterAll(async () => {
  for (const stream of streams) await stream.close();
  await app?.close();
  await registry?.cleanup();
});

async function listening(services: Services, options: Parameters<typeof buildTestApp>[1] = {}) {
  const served = await buildTestApp(services, options);
  await served.listen({ host: '127.0.0.1', port: 0 });
  return { app: served, baseUrl: `http://127.0.0.1:${(served.server.address() as AddressInfo).port}` };
}

async function listen(session: Session, url = baseUrl) {
  const stream = await EventStream.open(url, session);
  streams.push(stream);
  return stream;
}

async function post(url: string, headers: Record<string, string>, body?: unknown, base = baseUrl) {
  return fetch(`${base}${url}`, {
    method: 'POST',
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function send(from: Session, to: string[], base = baseUrl) {
  const response = await post(
    '/api/cables',
    from.writes,
    aCable({ to, subject: `To ${to.join(', ')}` }),
    base,
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { cable: { id: string } }).cable;
}

/** An API token as a session-like value, for the SSE reader (which sends `reads`). */
async function apiTokenOf(login: string) {
  const response = await post('/api/tokens', {}, { login, password: 'demo', name: 'test' });
  const { id, token } = (await response.json()) as { id: string; token: string };
  const headers = { authorization: `Bearer ${token}` };
  return { id, session: { cookie: '', csrf: '', reads: headers, writes: headers } satisfies Session };
}

/**
 * What a stream does next: end, or deliver an event. Once its session has
 * ended a stream must end and deliver nothing; before the change it went on
 * delivering, so the cable sent afterwards wins the race.
 */
function nextOf(stream: EventStream): Promise<string> {
  return Promise.race([
    stream.ended.then(() => 'ended'),
    stream.next().then((event) => `a ${event.event} event`),
  ]);
}

describe('a live stream ends with its session', { timeout: SLOW }, () => {
  it('at logout: the stream ends and a cable sent afterwards reaches only the other session', async () => {
    const [stalin, molotov, molotovElsewhere] = await Promise.all([
      logIn(baseUrl, 'stalin'),
      logIn(baseUrl, 'molotov'),
      logIn(baseUrl, 'molotov'),
    ]);
    const loggingOut = await listen(molotov);
    const staying = await listen(molotovElsewhere);
    expect((await post('/api/logout', molotov.writes)).status).toBe(204);
    const cable = await send(stalin, ['molotov']);
    expect(await nextOf(loggingOut)).toBe('ended');
    expect(JSON.parse((await staying.next()).data).id).toBe(cable.id);
    // The ended stream is forgotten: only the other session's is still counted.
    await until(() => registry.services.streams.countOf('molotov') === 1);
  });

  it('when its API token is revoked: the stream ends and a cable sent afterwards does not arrive', async () => {
    const stalin = await logIn(baseUrl, 'stalin');
    const { id, session: beria } = await apiTokenOf('beria');
    const stream = await listen(beria);
    const revoked = await fetch(`${baseUrl}/api/tokens/${id}`, { method: 'DELETE', headers: beria.writes });
    expect(revoked.status).toBe(204);
    await send(stalin, ['beria']);
    expect(await nextOf(stream)).toBe('ended');
  });

  it('when an administrator disables its person: every stream of theirs ends, sign-in and tokens are refused', async () => {
    const [stalin, clerk, gusev, pavlov] = await Promise.all(
      ['stalin', 'poskrebyshev', 'gusev', 'pavlov'].map((login) => logIn(baseUrl, login)),
    );
    const { session: gusevCli } = await apiTokenOf('gusev');
    const gusevStreams = [await listen(gusev!), await listen(gusevCli)];
    const pavlovHears = await listen(pavlov!);
    const disabled = await post('/api/admin/people/gusev/disable', clerk!.writes);
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({
      person: 'gusev',
      disabled: true,
      disabledBy: 'poskrebyshev',
    });
    const cable = await send(stalin!, ['gusev', 'pavlov']);
    for (const stream of gusevStreams) expect(await nextOf(stream)).toBe('ended');
    expect(JSON.parse((await pavlovHears.next()).data).id).toBe(cable.id);

    const login = await post('/api/login', {}, { login: 'gusev', password: 'demo' });
    expect(login.status).toBe(403);
    expect(await login.json()).toMatchObject({ error: 'disabled' });
    expect((await fetch(`${baseUrl}/api/me`, { headers: gusevCli.reads })).status).toBe(401);
    const [entry] = await registry.services.store.audit.list({ action: 'person.disable', limit: 1 });
    expect(entry).toMatchObject({ actor: 'poskrebyshev', subject: 'gusev' });

    expect((await post('/api/admin/people/gusev/enable', clerk!.writes)).status).toBe(200);
    expect((await post('/api/login', {}, { login: 'gusev', password: 'demo' })).status).toBe(200);
    // The token ended with the disabling stays ended: enabling revives no credential.
    expect((await fetch(`${baseUrl}/api/me`, { headers: gusevCli.reads })).status).toBe(401);
  });

  it('when it expires or is ended by another process: the stream checks its session and ends', async () => {
    let now = Date.now();
    const services: Services = { ...registry.services, now: () => new Date(now).toISOString() };
    const other = await listening(services, { streamRecheckMs: 20 });
    try {
      const [mikoyan, malenkov] = await Promise.all([
        logIn(other.baseUrl, 'mikoyan'),
        logIn(other.baseUrl, 'malenkov'),
      ]);
      const expiring = await listen(mikoyan, other.baseUrl);
      const endedElsewhere = await listen(malenkov, other.baseUrl);
      // Thirteen hours on the server's clock: past the 12-hour session.
      now += 13 * 3600_000;
      expect(await nextOf(expiring)).toBe('ended');
      // Another process (or the console) deletes the session: this process hears of it only by checking.
      now -= 13 * 3600_000;
      const sessionHash = sessionHashOf(malenkov);
      await registry.services.store.auth.deleteSession(sessionHash);
      expect(await nextOf(endedElsewhere)).toBe('ended');
    } finally {
      await other.app.close();
    }
  });
});

describe('live streams per person', { timeout: SLOW }, () => {
  it(`are at most ${MAX_STREAMS_PER_PERSON}: one more is refused 429 saying why, and admitted once one closes`, async () => {
    const malenkov = await logIn(baseUrl, 'malenkov');
    const open: EventStream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_PERSON; i += 1) open.push(await listen(malenkov));
    const refused = await fetch(`${baseUrl}/api/events`, { headers: malenkov.reads });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: 'too-many-streams',
      message: expect.stringContaining(`${MAX_STREAMS_PER_PERSON} live event streams open`),
    });
    // Another person is not counted against him.
    await listen(await logIn(baseUrl, 'beria'));
    await open[0]!.close();
    await until(() => registry.services.streams.countOf('malenkov') < MAX_STREAMS_PER_PERSON);
    await listen(malenkov);
  });
});

describe('the HTTP server', { timeout: SLOW }, () => {
  it('bounds the time a client may take to send its headers and its request', () => {
    expect(app.server.headersTimeout).toBe(10_000);
    expect(app.server.requestTimeout).toBe(30_000);
  });

  it('answers 408 and closes a connection whose headers never finish, and leaves live streams open', async () => {
    const other = await listening(registry.services, { timeouts: { headersMs: 100, requestMs: 200 } });
    try {
      const [stalin, vyshinsky] = await Promise.all([
        logIn(baseUrl, 'stalin'),
        logIn(other.baseUrl, 'vyshinsky'),
      ]);
      const stream = await listen(vyshinsky, other.baseUrl);
      const port = (other.app.server.address() as AddressInfo).port;
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.write('GET /api/openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      await new Promise((resolve) => socket.on('close', resolve));
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      // A stream is a response that lasts: well past the request timeout it still delivers.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await send(stalin, ['vyshinsky']);
      expect(await nextOf(stream)).toBe('a cable event');
    } finally {
      await other.app.close();
    }
  });
});

/** The stored hash of a web session's token, as another process would delete it. */
function sessionHashOf(session: Session): string {
  return tokenHash(decodeURIComponent(session.cookie.split('=')[1]!));
}

/** Waits for a condition the server reaches on its own (a closed stream noticed), however long. */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { registryStateOf } from '../support/registry-state.js';
import { SLOW } from '../support/timeouts.js';

let registry: TestServices;
let app: FastifyInstance;
let stalin: Session;

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  stalin = await logInInProcess(app, 'stalin');
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

const postCable = (payload: unknown, headers: Record<string, string> = stalin.writes) =>
  app.inject({ method: 'POST', url: '/api/cables', headers, payload: payload as InjectOptions['payload'] });

/** Sends a request and checks it changed nothing in the registry; returns the answer. */
async function refused(request: () => ReturnType<typeof postCable>) {
  const before = await registryStateOf(registry.services);
  const response = await request();
  expect(await registryStateOf(registry.services)).toEqual(before);
  return response;
}

const { to: _, ...withoutTo } = aCable();

describe('POST /api/cables', { timeout: SLOW }, () => {
  it('registers a good draft: 201, and the entry written is the cable answered', async () => {
    const before = await registryStateOf(registry.services);
    const response = await postCable(aCable({ to: ['molotov'], precedence: 'FLASH' }));
    expect(response.statusCode).toBe(201);
    const { cable } = response.json<{ cable: { id: string; number: string; hash?: string } }>();
    expect(cable.number).toMatch(/^TOLON\/MR4CCX \d{4}$/);
    // The chain's internals are the auditor's: its author is not shown them.
    expect(cable.hash).toBeUndefined();
    const stored = await registry.services.store.registry.readable('molotov', cable.id);
    expect(stored?.cable).toMatchObject({ number: cable.number, author: 'stalin', precedence: 'FLASH' });
    expect(await registryStateOf(registry.services)).toEqual({
      count: before.count + 1,
      head: { seq: before.count + 1, hash: stored?.cable.hash },
    });
  });

  it.each([
    ['no action addressee', withoutTo, 'to'],
    ['an empty action list', aCable({ to: [] }), 'to'],
    ['an unknown person', aCable({ to: ['nobody'] }), 'to[0]'],
    ['an unknown group', aCable({ to: ['fiver'] }), 'to[0]'],
    ['EYES ONLY to a group', aCable({ to: ['four'], captions: ['EYES ONLY'] }), 'to[0]'],
    ['a body over 64 KiB', aCable({ body: 'я'.repeat(33 * 1024) }), 'body'],
    ['an unknown field', { ...aCable(), urgent: true }, 'urgent'],
    ['a string for a list', { ...aCable(), to: 'molotov' }, 'to'],
    ['a number for a precedence', { ...aCable(), precedence: 1 }, 'precedence'],
    ['an object for the body', { ...aCable(), body: { text: 'hello' } }, 'body'],
    ['a caption given as a string', { ...aCable(), captions: 'EYES ONLY' }, 'captions'],
    ['a JSON array', [aCable()], 'body'],
    ['JSON null', null, 'body'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, draft, field) => {
    const response = await refused(() =>
      app.inject({
        method: 'POST',
        url: '/api/cables',
        headers: { ...stalin.writes, 'content-type': 'application/json' },
        payload: JSON.stringify(draft),
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid-input', message: expect.stringMatching(/^\S/), field });
    expect(response.json().message.startsWith(`${field}: `)).toBe(true);
  });

  it('refuses a request over the 256 KiB limit with 413 before reading it, and changes nothing', async () => {
    const response = await refused(() => postCable(aCable({ body: 'x'.repeat(300 * 1024) })));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({
      error: 'payload-too-large',
      message: expect.any(String),
      field: 'body',
    });
  });

  it('refuses malformed JSON with 400 naming the body, and changes nothing', async () => {
    const response = await refused(() =>
      postCable('{"to": ["molotov"], "subject": ', { ...stalin.writes, 'content-type': 'application/json' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: 'invalid-input',
      message: 'body: is not valid JSON',
      field: 'body',
    });
  });

  it('refuses an empty JSON body with 400 naming the body', async () => {
    const response = await refused(() =>
      postCable('', { ...stalin.writes, 'content-type': 'application/json' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'body' });
  });

  it('refuses a body that is not JSON with 415 naming the body, and changes nothing', async () => {
    const response = await refused(() =>
      postCable('to=molotov&subject=hello', {
        ...stalin.writes,
        'content-type': 'application/x-www-form-urlencoded',
      }),
    );
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: 'invalid-input',
      message: 'body: must be sent as application/json',
      field: 'body',
    });
    const plain = await refused(() =>
      postCable(JSON.stringify(aCable()), { ...stalin.writes, 'content-type': 'text/plain' }),
    );
    // Fastify reads text/plain as a string, which is then refused as not a draft.
    expect(plain.statusCode).toBe(400);
    expect(plain.json()).toMatchObject({ error: 'invalid-input', field: 'body' });
  });

  it('refuses a signed-in write without the CSRF header with 403, and changes nothing', async () => {
    for (const headers of [stalin.reads, { ...stalin.reads, 'x-plenipo-csrf': 'forged' }]) {
      const response = await refused(() => postCable(aCable(), headers));
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: 'forbidden',
        message: expect.stringContaining('x-plenipo-csrf'),
      });
    }
  });

  it('refuses a write without a session with 401, and changes nothing', async () => {
    const forged: Record<string, string>[] = [
      {},
      { cookie: 'plenipo_session=forged' },
      { authorization: 'Bearer plt_forged' },
    ];
    for (const headers of forged) {
      const response = await refused(() => postCable(aCable(), headers));
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthenticated', message: expect.any(String) });
    }
  });
});

describe('other requests with bad input', { timeout: SLOW }, () => {
  it('refuses a bad search or inbox query with 400 naming the parameter', async () => {
    for (const [url, field] of [
      ['/api/search?limit=0', 'limit'],
      ['/api/search?from=yesterday', 'from'],
      ['/api/search?colour=red', 'colour'],
      ['/api/inbox?box=trash', 'box'],
      ['/api/inbox?offset=-1', 'offset'],
    ]) {
      const response = await app.inject({ method: 'GET', url: url!, headers: stalin.reads });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ error: 'invalid-input', field });
    }
  });

  it('answers an unknown endpoint with 404 not-found', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/telegrams', headers: stalin.reads });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });
});

describe('logging in', { timeout: SLOW }, () => {
  const login = (target: FastifyInstance, payload: unknown) =>
    target.inject({ method: 'POST', url: '/api/login', payload: payload as InjectOptions['payload'] });

  it('with a wrong password is refused 401 bad-credentials, exactly as an unknown login', async () => {
    const wrong = await login(app, { login: 'molotov', password: 'wrong' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'bad-credentials', message: expect.any(String) });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const unknown = await login(app, { login: 'trotsky', password: 'demo' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
  });

  it('without a password is refused 400 naming the field', async () => {
    const response = await login(app, { login: 'molotov' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'password' });
  });

  it('is limited to 10 attempts a minute from one address: the 11th is refused 429', async () => {
    const limited = await buildApp(registry.services);
    try {
      // Ten different logins, so that no one account's own lockout after wrong passwords comes into play.
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const response = await login(limited, { login: `guesser-${attempt}`, password: 'guess' });
        expect(response.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const eleventh = await login(limited, { login: 'molotov', password: 'demo' });
      expect(eleventh.statusCode).toBe(429);
      expect(eleventh.json()).toMatchObject({ error: 'rate-limited', message: expect.any(String) });
      expect(eleventh.headers['set-cookie']).toBeUndefined();
      // Another address is not held back by these guesses.
      const elsewhere = await limited.inject({
        method: 'POST',
        url: '/api/login',
        remoteAddress: '10.0.0.7',
        payload: { login: 'molotov', password: 'demo' },
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

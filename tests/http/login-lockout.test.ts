import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services/services.js';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
/** The server's clock, moved by the tests: the lockout counts minutes. */
let now = Date.parse('1945-09-11T09:00:00.000Z');

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  const services: Services = { ...registry.services, now: () => new Date(now).toISOString() };
  app = await buildTestApp(services);
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

const minutes = (n: number) => n * 60_000;
const logIn = (login: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/login', payload: { login, password } });
const issueToken = (login: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/tokens', payload: { login, password } });

async function failTimes(login: string, times: number) {
  for (let attempt = 1; attempt <= times; attempt += 1) {
    const response = await logIn(login, `wrong-${attempt}`);
    expect(response.statusCode, `wrong password ${attempt} for ${login}`).toBe(401);
  }
}

async function latestAudit(action: string) {
  const [entry] = await registry.services.store.audit.list({ action, limit: 1 });
  return entry;
}

describe('five wrong passwords for one login within 15 minutes', () => {
  it('lock it for 15 minutes: the fifth is answered 429 locked, saying until when, and audited', async () => {
    await failTimes('molotov', 4);
    const fifth = await logIn('molotov', 'wrong-5');
    const until = new Date(now + minutes(15)).toISOString();
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toEqual({
      error: 'locked',
      message: expect.stringContaining(`locked until ${until}`),
    });
    expect(fifth.headers['set-cookie']).toBeUndefined();
    expect(await latestAudit('login-locked')).toMatchObject({
      actor: null,
      subject: 'molotov',
      detail: { until },
    });
  });

  it('refuse even the right password while locked, for a session and for an API token', async () => {
    now += minutes(14);
    for (const response of [await logIn('molotov', 'demo'), await issueToken('molotov', 'demo')]) {
      expect(response.statusCode).toBe(429);
      expect(response.json()).toMatchObject({ error: 'locked' });
    }
    expect(await latestAudit('login-failed')).toMatchObject({ subject: 'molotov', detail: { locked: true } });
  });

  it('lock that login only: another person logs in meanwhile', async () => {
    expect((await logIn('beria', 'demo')).statusCode).toBe(200);
  });

  it('lift the lock after 15 minutes: the right password then opens a session', async () => {
    now += minutes(1);
    expect((await logIn('molotov', 'demo')).statusCode).toBe(200);
  });

  it('lock an unknown login exactly as a known one, so the lock tells no one which logins exist', async () => {
    await failTimes('trotsky', 4);
    const fifth = await logIn('trotsky', 'wrong-5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ error: 'locked' });
  });

  it('count the login whatever its case', async () => {
    await failTimes('Mikoyan', 2);
    await failTimes('MIKOYAN', 2);
    expect((await logIn('mikoyan', 'wrong')).statusCode).toBe(429);
  });
});

describe('wrong passwords that do not lock', () => {
  it('four, then a fifth more than 15 minutes after the first', async () => {
    await failTimes('malenkov', 4);
    now += minutes(16);
    await failTimes('malenkov', 1);
    expect((await logIn('malenkov', 'demo')).statusCode).toBe(200);
  });

  it('four, the right password, then four more: a good login starts the count again', async () => {
    await failTimes('gusev', 4);
    expect((await logIn('gusev', 'demo')).statusCode).toBe(200);
    await failTimes('gusev', 4);
    expect((await logIn('gusev', 'demo')).statusCode).toBe(200);
  });
});

describe('unlocking a login', () => {
  const asClerk = async () => {
    const token = await issueToken('poskrebyshev', 'demo');
    expect(token.statusCode).toBe(201);
    return { authorization: `Bearer ${token.json<{ token: string }>().token}` };
  };
  const unlock = (login: string, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/api/admin/logins/${login}/unlock`, headers });

  it('by an administrator lifts the lock at once, audited: the right password then opens a session', async () => {
    await failTimes('stalin', 4);
    expect((await logIn('stalin', 'wrong-5')).statusCode).toBe(429);
    const until = new Date(now + minutes(15)).toISOString();
    const unlocked = await unlock('stalin', await asClerk());
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json()).toEqual({ login: 'stalin', wasLockedUntil: until });
    expect(await latestAudit('login.unlock')).toMatchObject({
      actor: 'poskrebyshev',
      subject: 'stalin',
      detail: { wasLockedUntil: until },
    });
    expect((await logIn('stalin', 'demo')).statusCode).toBe(200);
  });

  it('also forgets the wrong passwords counted so far', async () => {
    await failTimes('pavlov', 4);
    expect((await unlock('pavlov', await asClerk())).json()).toEqual({
      login: 'pavlov',
      wasLockedUntil: null,
    });
    await failTimes('pavlov', 4);
  });

  it('is refused to anyone else, and leaves the lock in place', async () => {
    await failTimes('gromyko', 4);
    expect((await logIn('gromyko', 'wrong-5')).statusCode).toBe(429);
    const molotov = await issueToken('molotov', 'demo');
    const headers = { authorization: `Bearer ${molotov.json<{ token: string }>().token}` };
    expect((await unlock('gromyko', headers)).statusCode).toBe(403);
    expect((await logIn('gromyko', 'demo')).statusCode).toBe(429);
  });
});

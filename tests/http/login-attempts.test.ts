import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOGIN_BACKOFF } from '../../src/services/accounts/login-backoff.js';
import { LOGIN_LOCKOUT } from '../../src/services/accounts/login-lockout.js';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/** Every hash a password was checked against, in order: argon2's verify, counted and passed through. */
const checked = vi.hoisted(() => ({ hashes: [] as string[] }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...argon2,
    verify: (...args: Parameters<typeof argon2.verify>) => {
      checked.hashes.push(String(args[0]));
      return argon2.verify(...args);
    },
  };
});

let registry: TestServices;
let app: FastifyInstance;
/** The waits the slow-down asked for, instead of waiting them. */
const waited: number[] = [];

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services, {
    loginBackoffSleep: async (ms) => {
      waited.push(ms);
    },
  });
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});
beforeEach(() => {
  checked.hashes.length = 0;
  waited.length = 0;
});

const logIn = (login: string, password: string, remoteAddress = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/login', payload: { login, password }, remoteAddress });

/** The parameters part of an argon2 PHC string: `$argon2id$v=19$m=19456,t=2,p=1$`. */
const parametersOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('the lockout under parallel guesses', { timeout: SLOW }, () => {
  it('checks only five of nine wrong passwords sent at once, refuses the rest 429 locked, then the right one too', async () => {
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => logIn('vyshinsky', `wrong-${i}`, `10.1.0.${i}`)),
    );
    expect(checked.hashes).toHaveLength(LOGIN_LOCKOUT.failures);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429, 429, 429, 429]);
    for (const answer of answers.filter((a) => a.statusCode === 429)) {
      expect(answer.json()).toMatchObject({ error: 'locked' });
    }
    const right = await logIn('vyshinsky', 'demo', '10.1.0.99');
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ error: 'locked' });
    expect(checked.hashes).toHaveLength(LOGIN_LOCKOUT.failures);
  });
});

describe('a wrong password for a login that does not exist', { timeout: SLOW }, () => {
  it('is checked with argon2 against a dummy hash made with the same parameters as the stored ones', async () => {
    const stored = (await registry.services.store.directory.personByLogin('molotov'))!.passwordHash;
    const unknown = await logIn('trotsky', 'permanent-revolution');
    expect(unknown.statusCode).toBe(401);
    expect(checked.hashes).toHaveLength(1);
    expect(parametersOf(checked.hashes[0]!)).toBe(parametersOf(stored));
    expect(checked.hashes[0]).not.toBe(stored);

    const known = await logIn('molotov', 'wrong');
    expect(known.statusCode).toBe(401);
    expect(checked.hashes).toEqual([checked.hashes[0], stored]);
    expect(known.json()).toEqual(unknown.json());
  });
});

describe('wrong passwords from one address', { timeout: SLOW }, () => {
  it('make its later attempts wait longer and longer, up to a cap, whichever logins they try', async () => {
    const logins = ['stalin', 'beria', 'malenkov', 'mikoyan', 'pavlov', 'gromyko', 'nobody', 'gusev'];
    for (const [i, login] of [...logins, ...logins].entries()) {
      const answer = await logIn(login, `guess-${i}`, '10.2.0.1');
      expect([401, 429]).toContain(answer.statusCode);
    }
    expect(waited.slice(0, 7)).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
    expect(Math.max(...waited)).toBe(LOGIN_BACKOFF.maxDelayMs);
    // The first four attempts (after 0 to 3 failures, all free) wait nothing; the other twelve wait.
    expect(waited).toHaveLength(16 - (LOGIN_BACKOFF.freeFailures + 1));
  });

  it('do not slow another address', async () => {
    expect((await logIn('stalin', 'wrong', '10.2.0.2')).statusCode).toBe(401);
    expect(waited).toEqual([]);
  });
});

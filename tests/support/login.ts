import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { CSRF_HEADER } from '../../src/http/authenticate-request.js';

/** A signed-in web session: the cookie to send, its CSRF token, and both as request headers. */
export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for a read. */
  reads: Record<string, string>;
  /** Headers for a write: the cookie and the CSRF header. */
  writes: Record<string, string>;
}

function sessionOf(cookie: string, csrf: string): Session {
  return { cookie, csrf, reads: { cookie }, writes: { cookie, [CSRF_HEADER]: csrf } };
}

function sessionCookieOf(setCookie: string | string[] | null | undefined): string {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith('plenipo_session='));
  if (!header) throw new Error('the login answer set no plenipo_session cookie');
  return header.split(';')[0]!;
}

/** Logs in through a real listening server with fetch, then fetches the session's CSRF token. */
export async function logIn(baseUrl: string, login: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await fetch(new URL('/api/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${login}: HTTP ${response.status}`);
  const cookie = sessionCookieOf(response.headers.getSetCookie());
  const me = await fetch(new URL('/api/me', baseUrl), { headers: { cookie } });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return sessionOf(cookie, csrfToken);
}

/** The same, in process through `app.inject()`. */
export async function logInInProcess(
  app: FastifyInstance,
  login: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/login', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${login}: HTTP ${response.statusCode}`);
  const cookie = sessionCookieOf(response.headers['set-cookie']);
  const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  return sessionOf(cookie, me.json<{ csrfToken: string }>().csrfToken);
}

/** An API token (as the CLI holds), issued in process; send it as `authorization: Bearer`. */
export async function issueApiToken(app: FastifyInstance, login: string, password = DEMO_PASSWORD) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/tokens',
    payload: { login, password, name: 'test' },
  });
  if (response.statusCode !== 201) throw new Error(`token for ${login}: HTTP ${response.statusCode}`);
  const { token } = response.json<{ token: string }>();
  return { authorization: `Bearer ${token}` };
}

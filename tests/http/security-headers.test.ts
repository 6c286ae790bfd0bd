import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
/** The same registry behind a TLS-terminating proxy that the server is told to trust. */
let proxied: FastifyInstance;

beforeAll(async () => {
  registry = await openTestServices('london-organisation');
  app = await buildTestApp(registry.services);
  proxied = await buildTestApp(registry.services, { trustProxy: true });
});
afterAll(async () => {
  await app?.close();
  await proxied?.close();
  await registry?.cleanup();
});

/** The CSP as a map from directive to its sources. */
function directivesOf(header: string | string[] | number | undefined): Map<string, string[]> {
  expect(typeof header, 'a Content-Security-Policy header').toBe('string');
  return new Map(
    (header as string)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const logIn = (target: FastifyInstance, headers: Record<string, string> = {}) =>
  target.inject({
    method: 'POST',
    url: '/api/login',
    headers,
    payload: { login: 'molotov', password: DEMO_PASSWORD },
  });

/** The attributes of the session cookie, lower-cased, from a login answer. */
function sessionCookieAttributes(setCookie: string | string[] | undefined): string[] {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith('plenipo_session='));
  expect(header, 'a plenipo_session cookie').toBeDefined();
  return header!
    .split(';')
    .slice(1)
    .map((attribute) => attribute.trim().toLowerCase());
}

describe('every answer', () => {
  it.each([
    ['an API answer', '/api/openapi.json'],
    ['a refusal', '/api/me'],
    ['an unknown page', '/nowhere'],
  ])('carries a strict Content-Security-Policy and nosniff: %s', async (_case, url) => {
    const response = await app.inject({ method: 'GET', url });
    const csp = directivesOf(response.headers['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const [directive, sources] of csp) {
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
    }
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, and not Secure over plain HTTP', async () => {
    const response = await logIn(app);
    expect(response.statusCode).toBe(200);
    const attributes = sessionCookieAttributes(response.headers['set-cookie']);
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/');
    expect(attributes).not.toContain('secure');
  });

  it('is Secure when a trusted proxy says the request came over TLS', async () => {
    const response = await logIn(proxied, { 'x-forwarded-proto': 'https' });
    const attributes = sessionCookieAttributes(response.headers['set-cookie']);
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict']));
  });

  it('ignores X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    const response = await logIn(app, { 'x-forwarded-proto': 'https' });
    expect(sessionCookieAttributes(response.headers['set-cookie'])).not.toContain('secure');
  });
});

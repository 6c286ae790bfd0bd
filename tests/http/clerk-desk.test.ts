import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/store/store.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
/** Poskrebyshev, the registry clerk (an administrator, so an auditor too). */
let clerk: Record<string, string>;
/** Gusev, made an auditor for these tests: he may read the audit and verify, not administer. */
let auditor: Record<string, string>;
/** Stalin: the principal, neither. */
let stalin: Record<string, string>;

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  clerk = await issueApiToken(app, 'poskrebyshev');
  const made = await call('POST', '/api/admin/setup', clerk, {
    changes: [{ op: 'person.roles', id: 'gusev', roles: ['auditor'] }],
  });
  expect(made.statusCode).toBe(201);
  auditor = await issueApiToken(app, 'gusev');
  stalin = await issueApiToken(app, 'stalin');
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

type Method = 'GET' | 'POST';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  app.inject({ method, url, headers, payload: payload as InjectOptions['payload'] });
type AuditPage = { entries: AuditEntry[]; next: number | null; families: string[] };

describe('GET /api/registry/audit', () => {
  it('is read by an auditor who is no administrator, and refused to anyone else', async () => {
    expect((await call('GET', '/api/registry/audit', auditor)).statusCode).toBe(200);
    expect((await call('GET', '/api/registry/audit', clerk)).statusCode).toBe(200);
    const refused = await call('GET', '/api/registry/audit', stalin);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'forbidden' });
    expect((await call('GET', '/api/admin/audit', auditor)).statusCode).toBe(403);
  });

  it('narrows by action family: login holds login-failed and login.unlock, never token.create', async () => {
    await call('POST', '/api/login', {}, { login: 'molotov', password: 'not-his' });
    const page = (
      await call('GET', '/api/registry/audit?family=login&limit=1000', auditor)
    ).json<AuditPage>();
    expect(page.entries.map((entry) => entry.action)).toContain('login-failed');
    expect(page.entries.every((entry) => /^login($|[.-])/.test(entry.action))).toBe(true);
    expect(page.families).toContain('login');
  });

  it('narrows by time: since is inclusive, until exclusive', async () => {
    const all = (await call('GET', '/api/registry/audit?limit=1000', auditor)).json<AuditPage>().entries;
    const middle = all[Math.floor(all.length / 2)]!;
    const since = (
      await call('GET', `/api/registry/audit?limit=1000&since=${encodeURIComponent(middle.at)}`, auditor)
    ).json<AuditPage>().entries;
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((entry) => entry.at >= middle.at)).toBe(true);
    const until = (
      await call('GET', `/api/registry/audit?limit=1000&until=${encodeURIComponent(middle.at)}`, auditor)
    ).json<AuditPage>().entries;
    expect(until.every((entry) => entry.at < middle.at)).toBe(true);
    expect(since.length + until.length).toBe(all.length);
  });

  it('pages without gaps or repeats: each next is the before of the page after', async () => {
    const all = (await call('GET', '/api/registry/audit?limit=1000', auditor)).json<AuditPage>().entries;
    expect(all.length).toBeGreaterThan(3);
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const query: string = `limit=2${before ? `&before=${before}` : ''}`;
      const page: AuditPage = (await call('GET', `/api/registry/audit?${query}`, auditor)).json<AuditPage>();
      seen.push(...page.entries.map((entry) => entry.seq));
      before = page.next;
    } while (before !== null);
    expect(seen).toEqual(all.map((entry) => entry.seq));
  });

  it.each([
    ['family=lo_in', 'family'],
    ['since=yesterday', 'since'],
    ['until=2026-13-01T00:00:00Z', 'until'],
    ['before=0', 'before'],
  ])('refuses ?%s with 400 naming the parameter', async (query, field) => {
    const response = await call('GET', `/api/registry/audit?${query}`, auditor);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field });
  });
});

describe('/api/registry/verification', () => {
  it('runs the whole verification for an auditor, shows its progress to the end, and audits the start', async () => {
    const before = (await call('GET', '/api/registry/verification', auditor)).json();
    expect(before).toEqual({ verification: null });
    const started = await call('POST', '/api/registry/verification', auditor);
    expect(started.statusCode).toBe(202);
    expect(started.json().verification).toMatchObject({ state: 'running', startedBy: 'gusev' });
    let run = started.json().verification;
    for (let polls = 0; run.state === 'running' && polls < 200; polls += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = (await call('GET', '/api/registry/verification', clerk)).json().verification;
    }
    expect(run).toMatchObject({ state: 'held', fault: null, problem: null });
    expect(run.checked).toBe(run.total);
    expect(run.total).toBe(await registry.services.store.registry.count());
    const [audited] = await registry.services.store.audit.list({ action: 'registry.verify', limit: 1 });
    expect(audited?.actor).toBe('gusev');
  });

  it('is refused to anyone but an auditor', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await call(method, '/api/registry/verification', stalin);
      expect(response.statusCode, method).toBe(403);
    }
  });
});

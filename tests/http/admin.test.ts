import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/store/store.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken, logInInProcess } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;
/** Poskrebyshev, the registry clerk: the example's one administrator. */
let clerk: Record<string, string>;
/** Stalin: the principal, and not an administrator. */
let stalin: Record<string, string>;

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  clerk = await issueApiToken(app, 'poskrebyshev');
  stalin = await issueApiToken(app, 'stalin');
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

type Method = 'GET' | 'POST' | 'DELETE';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) =>
  app.inject({ method, url, headers, payload: payload as InjectOptions['payload'] });

const aPerson = (fields: Record<string, unknown> = {}) => ({
  id: 'novikov',
  name: 'Nikolai Novikov',
  title: 'Counsellor',
  postId: 'london',
  password: 'a-long-password',
  ...fields,
});

/** The directory stamps a new version on every change: equal before and after means nothing changed. */
const directoryVersion = () => registry.services.store.registry.lastSetupSeq();

async function latestAudit(action: string): Promise<AuditEntry | undefined> {
  const [entry] = await registry.services.store.audit.list({ action, limit: 1 });
  return entry;
}

const ADMIN_REQUESTS: [Method, string, unknown][] = [
  ['POST', '/api/admin/people', aPerson({ id: 'intruder' })],
  ['POST', '/api/admin/groups', { id: 'five', name: 'The Five' }],
  ['POST', '/api/admin/groups/four/members', { person: 'gromyko' }],
  ['DELETE', '/api/admin/groups/four/members/molotov', undefined],
  ['GET', '/api/admin/audit', undefined],
  ['POST', '/api/admin/people/molotov/disable', undefined],
  ['POST', '/api/admin/people/molotov/enable', undefined],
  ['POST', '/api/admin/logins/molotov/unlock', undefined],
];

describe('who may administer', () => {
  it.each(ADMIN_REQUESTS)(
    '%s %s is refused 403 forbidden to a non-administrator, changing nothing',
    async (method, url, payload) => {
      const before = await directoryVersion();
      const response = await call(method, url, stalin, payload);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({
        error: 'forbidden',
        message: expect.stringContaining('administrator'),
      });
      expect(await directoryVersion()).toBe(before);
    },
  );

  it.each(ADMIN_REQUESTS)('%s %s is refused 401 without a session or token', async (method, url, payload) => {
    const response = await call(method, url, {}, payload);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('holds in a web session too, where a write also needs the CSRF header', async () => {
    const session = await logInInProcess(app, 'poskrebyshev');
    const withoutCsrf = await call('POST', '/api/admin/groups', session.reads, {
      id: 'six',
      name: 'The Six',
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const withCsrf = await call('POST', '/api/admin/groups', session.writes, { id: 'six', name: 'The Six' });
    expect(withCsrf.statusCode).toBe(201);
  });
});

describe('POST /api/admin/people/:id/disable and enable', () => {
  it('answers 404 for someone who does not exist, and 409 to an administrator disabling themselves', async () => {
    const unknown = await call('POST', '/api/admin/people/trotsky/disable', clerk);
    expect(unknown.statusCode).toBe(404);
    const themselves = await call('POST', '/api/admin/people/poskrebyshev/disable', clerk);
    expect(themselves.statusCode).toBe(409);
    expect(await registry.services.store.auth.disablement('poskrebyshev')).toBeNull();
  });

  it('disables once: a second disable keeps the first time, and enable is audited', async () => {
    const first = await call('POST', '/api/admin/people/gromyko/disable', clerk);
    const again = await call('POST', '/api/admin/people/gromyko/disable', clerk);
    expect(again.json()).toEqual(first.json());
    const enabled = await call('POST', '/api/admin/people/gromyko/enable', clerk);
    expect(enabled.json()).toEqual({
      person: 'gromyko',
      disabled: false,
      disabledAt: null,
      disabledBy: null,
    });
    expect(await latestAudit('person.enable')).toMatchObject({ actor: 'poskrebyshev', subject: 'gromyko' });
  });
});

describe('POST /api/admin/people', () => {
  it('adds a person who can then log in, audited with the clerk as actor', async () => {
    const response = await call('POST', '/api/admin/people', clerk, aPerson());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      person: {
        id: 'novikov',
        name: 'Nikolai Novikov',
        title: 'Counsellor',
        postId: 'london',
        login: 'novikov',
        isAdmin: false,
      },
    });
    const login = await call('POST', '/api/login', {}, { login: 'novikov', password: 'a-long-password' });
    expect(login.statusCode).toBe(200);
    expect(await latestAudit('person.create')).toMatchObject({ actor: 'poskrebyshev', subject: 'novikov' });
  });

  it.each([
    ['a missing name', aPerson({ id: 'a1', name: undefined }), 400, 'name'],
    ['a name with a control character', aPerson({ id: 'a2', name: 'Nikolai\u0007' }), 400, 'name'],
    ['an id that is not an id', aPerson({ id: 'Novikov N.' }), 400, 'id'],
    ['a post that does not exist', aPerson({ id: 'a3', postId: 'paris' }), 400, 'postId'],
    ['a short password', aPerson({ id: 'a4', password: 'demo' }), 400, 'password'],
    ['isAdmin as a string', aPerson({ id: 'a5', isAdmin: 'yes' }), 400, 'isAdmin'],
    ['an unknown field', { ...aPerson({ id: 'a6' }), login: 'other' }, 400, 'login'],
    ['an id already a person', aPerson({ id: 'molotov' }), 409, 'id'],
    ['an id already a group', aPerson({ id: 'four' }), 409, 'id'],
  ])('refuses %s, naming the field and changing nothing', async (_case, payload, status, field) => {
    const before = await directoryVersion();
    const response = await call('POST', '/api/admin/people', clerk, payload);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({
      field,
      message: expect.stringMatching(new RegExp(`^${field}: `)),
    });
    expect(await directoryVersion()).toBe(before);
  });
});

describe('groups and memberships', () => {
  let before: { id: string };

  it('adds a group, audited', async () => {
    const response = await call('POST', '/api/admin/groups', clerk, {
      id: 'two',
      name: 'The Two',
      description: 'Stalin’s closest circle for this test',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      group: { id: 'two', name: 'The Two', description: 'Stalin’s closest circle for this test' },
    });
    expect(await latestAudit('group.create')).toMatchObject({ actor: 'poskrebyshev', subject: 'two' });
    const taken = await call('POST', '/api/admin/groups', clerk, { id: 'two', name: 'Again' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: 'conflict', field: 'id' });
  });

  it('makes a person a member from now on: cables to the group then reach them', async () => {
    const response = await call('POST', '/api/admin/groups/two/members', clerk, { person: 'gromyko' });
    expect(response.statusCode).toBe(201);
    const { membership } = response.json<{ membership: { from: string; until: null } }>();
    expect(membership).toMatchObject({ group: 'two', person: 'gromyko', until: null });
    expect(await latestAudit('membership.start')).toMatchObject({
      actor: 'poskrebyshev',
      subject: 'two',
      detail: { group: 'two', person: 'gromyko', from: membership.from },
    });
    const sent = await call('POST', '/api/cables', stalin, aCable({ to: ['two'], subject: 'To the Two' }));
    expect(sent.statusCode).toBe(201);
    before = sent.json<{ cable: { id: string } }>().cable;
    expect((await registry.services.store.registry.readable('gromyko', before.id))?.cable.id).toBe(before.id);

    const again = await call('POST', '/api/admin/groups/two/members', clerk, { person: 'gromyko' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict', field: 'person' });
  });

  it('refuses a membership of a missing group (404) or of a missing person (400 person)', async () => {
    const noGroup = await call('POST', '/api/admin/groups/nine/members', clerk, { person: 'gromyko' });
    expect(noGroup.statusCode).toBe(404);
    const noPerson = await call('POST', '/api/admin/groups/two/members', clerk, { person: 'trotsky' });
    expect(noPerson.statusCode).toBe(400);
    expect(noPerson.json()).toMatchObject({ error: 'invalid-input', field: 'person' });
  });

  it('ends a membership now: earlier cables stay readable, later ones do not reach the former member', async () => {
    const ended = await call('DELETE', '/api/admin/groups/two/members/gromyko', clerk);
    expect(ended.statusCode).toBe(204);
    expect(await latestAudit('membership.end')).toMatchObject({
      actor: 'poskrebyshev',
      subject: 'two',
      detail: { group: 'two', person: 'gromyko', until: expect.any(String) },
    });
    const stored = (await registry.services.store.directory.memberships()).find(
      (m) => m.group === 'two' && m.person === 'gromyko',
    );
    expect(stored?.until).not.toBeNull();

    expect(await registry.services.store.registry.readable('gromyko', before.id)).not.toBeNull();
    const after = await call('POST', '/api/cables', stalin, aCable({ to: ['two'], info: ['molotov'] }));
    expect(after.statusCode).toBe(201);
    const { id } = after.json<{ cable: { id: string } }>().cable;
    expect(await registry.services.store.registry.readable('gromyko', id)).toBeNull();
  });

  it('answers 404 for a membership that is not current, or a group that does not exist', async () => {
    for (const url of ['/api/admin/groups/two/members/gromyko', '/api/admin/groups/nine/members/gromyko']) {
      const response = await call('DELETE', url, clerk);
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: 'not-found' });
    }
  });
});

describe('GET /api/admin/audit', () => {
  it('lists the log newest first, filtered by actor and action', async () => {
    const response = await call('GET', '/api/admin/audit?actor=poskrebyshev&limit=3', clerk);
    expect(response.statusCode).toBe(200);
    const { entries } = response.json<{ entries: AuditEntry[] }>();
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => entry.actor === 'poskrebyshev')).toBe(true);
    expect(entries.map((entry) => entry.seq)).toEqual(
      [...entries.map((entry) => entry.seq)].sort((a, b) => b - a),
    );

    const created = await call('GET', '/api/admin/audit?action=person.create&limit=1000', clerk);
    const people = created.json<{ entries: AuditEntry[] }>().entries;
    expect(people.every((entry) => entry.action === 'person.create')).toBe(true);
    expect(people.map((entry) => entry.subject)).toContain('novikov');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=many', 'limit'],
    ['actor=%27%20OR%201%3D1%20--', 'actor'],
    ['action=DROP%20TABLE', 'action'],
    ['colour=red', 'colour'],
  ])('refuses ?%s with 400 naming the parameter', async (query, field) => {
    const response = await call('GET', `/api/admin/audit?${query}`, clerk);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field });
  });
});

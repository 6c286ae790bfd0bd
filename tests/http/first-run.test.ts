import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { FirstRunGate } from '../../src/services/accounts/first-run.js';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices | undefined;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  await registry?.cleanup();
  app = registry = undefined;
});

let clock = '2026-12-04T16:00:00.000Z';

/** An empty registry served with a setup link, as `plenipo serve --empty` starts it. */
async function emptyServer(example: 'empty' | 'london-1945' = 'empty') {
  registry = await openTestServices(example);
  registry.services.now = () => clock;
  const opened = await FirstRunGate.open(registry.services);
  app = await buildTestApp(registry.services, opened ? { firstRun: opened.gate } : {});
  return { token: opened?.token ?? null, app };
}

const theFirstAdministrator = (token: string, fields: Record<string, unknown> = {}) => ({
  token,
  id: 'clerk',
  name: 'First Clerk',
  password: 'a-long-password',
  post: { id: 'hq', name: 'Headquarters', place: 'Harbour City', zone: 'America/Chicago' },
  ...fields,
});

const claim = (payload: unknown) =>
  app!.inject({ method: 'POST', url: '/api/first-run', payload: payload as object });
const status = async () => (await app!.inject({ method: 'GET', url: '/api/first-run' })).json();
const login = (password = 'a-long-password') =>
  app!.inject({ method: 'POST', url: '/api/login', payload: { login: 'clerk', password } });

describe('the one-time setup link of an empty registry', () => {
  it('creates the first administrator at a new post as one setup entry, who then signs in', async () => {
    clock = '2026-12-04T16:00:00.000Z';
    const { token } = await emptyServer();
    expect(await status()).toEqual({ open: true });
    const created = await claim(theFirstAdministrator(token!));
    expect(created.statusCode).toBe(201);
    expect(created.json().person).toMatchObject({ id: 'clerk', isAdmin: true, postId: 'hq' });
    expect((await login()).statusCode).toBe(200);
    expect(await status()).toEqual({ open: false });
    const entries = await registry!.services.store.registry.head();
    expect(entries.seq).toBe(2);
  });

  it('is never claimable without its token, nor with a wrong one, and changes nothing', async () => {
    const { token } = await emptyServer();
    // The last character changed to one it cannot already be, so the wrong token is never the right one.
    const lastChanged = `${token!.slice(0, -1)}${token!.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of ['', 'x'.repeat(43), lastChanged]) {
      const refused = await claim(theFirstAdministrator(wrong));
      expect(refused.statusCode, wrong).toBe(wrong === '' ? 400 : 403);
    }
    expect((await claim({ ...theFirstAdministrator(token!), token: undefined })).json().field).toBe('token');
    expect((await registry!.services.store.registry.head()).seq).toBe(0);
    expect(await status()).toEqual({ open: true });
  });

  it('works once: a second claim with the same token is refused', async () => {
    const { token } = await emptyServer();
    expect((await claim(theFirstAdministrator(token!))).statusCode).toBe(201);
    const again = await claim(theFirstAdministrator(token!, { id: 'second' }));
    expect(again.statusCode).toBe(403);
    expect(again.json().error).toBe('forbidden');
  });

  it('stays usable after a refusal of its form, naming the field', async () => {
    const { token } = await emptyServer();
    const bad = await claim(
      theFirstAdministrator(token!, { post: { id: 'hq', name: 'HQ', zone: 'not a zone' } }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('post.zone');
    expect((await claim(theFirstAdministrator(token!))).statusCode).toBe(201);
  });

  it('expires: after its hour it is refused and the status says closed', async () => {
    clock = '2026-12-04T16:00:00.000Z';
    const { token } = await emptyServer();
    clock = '2026-12-04T17:00:00.000Z';
    expect(await status()).toEqual({ open: false });
    expect((await claim(theFirstAdministrator(token!))).statusCode).toBe(403);
    clock = '2026-12-04T16:00:00.000Z';
  });

  it('stops working once an administrator exists some other way (plenipo users add --admin)', async () => {
    const { token } = await emptyServer();
    const { createPerson } = await import('../../src/services/organisation/administer-organisation.js');
    const { OPERATOR } = await import('../../src/services/organisation/authority.js');
    await createPerson(registry!.services, OPERATOR, {
      id: 'console',
      name: 'Console Admin',
      password: 'a-long-password',
      isAdmin: true,
    });
    expect(await status()).toEqual({ open: false });
    const refused = await claim(theFirstAdministrator(token!));
    expect(refused.statusCode).toBe(409);
    expect((await claim(theFirstAdministrator(token!))).statusCode).toBe(403);
  });

  it('is not offered by a registry that has an administrator', async () => {
    const { token } = await emptyServer('london-1945');
    expect(token).toBeNull();
    expect(await status()).toEqual({ open: false });
    expect((await claim(theFirstAdministrator('anything'))).statusCode).toBe(403);
  });
});

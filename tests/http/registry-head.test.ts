import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalHeadStatement } from '../../src/core/index.js';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

const opened: { registry: TestServices; app: FastifyInstance }[] = [];
async function londonApp() {
  const registry = await openTestServices('london-1945');
  const app = await buildTestApp(registry.services);
  opened.push({ registry, app });
  return { registry, app };
}
afterEach(async () => {
  for (const { registry, app } of opened.splice(0)) {
    await app.close();
    await registry.cleanup();
  }
});

describe('GET /api/registry/head', () => {
  it('answers the auditor with the head signed last, whose signature holds under its key', async () => {
    const { registry, app } = await londonApp();
    const { head } = await signRegistryHead(registry.services);
    const { reads } = await logInInProcess(app, 'poskrebyshev');
    const response = await app.inject({ method: 'GET', url: '/api/registry/head', headers: reads });
    expect(response.statusCode).toBe(200);
    const answered = response.json();
    expect(answered).toEqual(head);
    expect(
      registry.services.keyring.verify(
        answered.publicKey,
        canonicalHeadStatement(answered),
        answered.signature,
      ),
    ).toBe(true);
  });

  it('is refused to anyone else: its position counts every cable', async () => {
    const { registry, app } = await londonApp();
    await signRegistryHead(registry.services);
    const { reads } = await logInInProcess(app, 'gusev');
    const response = await app.inject({ method: 'GET', url: '/api/registry/head', headers: reads });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'forbidden' });
  });

  it('is 404 before the first head is signed', async () => {
    const { app } = await londonApp();
    const { reads } = await logInInProcess(app, 'poskrebyshev');
    const response = await app.inject({ method: 'GET', url: '/api/registry/head', headers: reads });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not-found' });
  });

  it('is 401 without a session or token', async () => {
    const { registry, app } = await londonApp();
    await signRegistryHead(registry.services);
    const response = await app.inject({ method: 'GET', url: '/api/registry/head' });
    expect(response.statusCode).toBe(401);
  });
});

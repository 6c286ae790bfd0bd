import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

let registry: TestServices;
let app: FastifyInstance;

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
});
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('a new signing key for someone who exists', () => {
  it('replaces their key pair and keeps their password', async () => {
    const clerk = await issueApiToken(app, 'poskrebyshev');
    const before = await registry.services.store.directory.keysOf('molotov');
    const rotated = await app.inject({
      method: 'POST',
      url: '/api/admin/setup',
      headers: clerk,
      payload: { changes: [{ op: 'person.key', id: 'molotov' }] },
    });
    expect(rotated.statusCode).toBe(201);
    expect((await registry.services.store.directory.keysOf('molotov'))?.publicKey).not.toBe(
      before?.publicKey,
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { login: 'molotov', password: 'demo' },
    });
    expect(login.statusCode).toBe(200);
  });
});

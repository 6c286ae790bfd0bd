import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import { recordSetup } from '../../src/services/organisation/record-setup.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

describe('releases over HTTP (issue 15)', { timeout: SLOW }, () => {
  let registry: TestServices;
  let app: FastifyInstance;
  let cable: Cable;
  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    await recordSetup(registry.services, OPERATOR, [
      { op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] },
    ]);
    for await (const batch of registry.services.store.registry.scan(1000))
      for (const scanned of batch)
        if (!cable && scanned.cable?.series.startsWith('LONTO')) cable = scanned.cable;
    app = await buildTestApp(registry.services);
  }, SLOW);
  afterAll(async () => {
    await app?.close();
    await registry?.cleanup();
  });

  const release = { scope: { cables: [] as string[] }, audience: { public: true }, from: '1990-01-01' };

  it('refuses a release by someone who is not an archivist', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: await issueApiToken(app, 'molotov'),
      payload: { ...release, scope: { cables: [cable.number] } },
    });
    expect(response.statusCode).toBe(403);
  });

  it('shows the public nothing before the release, and the marked gap after it', async () => {
    const before = await app.inject({
      method: 'GET',
      url: `/api/released/${encodeURIComponent(cable.number)}`,
    });
    expect(before.statusCode).toBe(404);
    const made = await app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: await issueApiToken(app, 'poskrebyshev'),
      payload: {
        ...release,
        scope: { cables: [cable.number] },
        redactions: [{ cable: cable.number, start: 0, end: 5, reason: 'a name' }],
      },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().entry).toMatch(/^REG\/[0-9A-Z]{6} /);
    const after = await app.inject({
      method: 'GET',
      url: `/api/released/${encodeURIComponent(cable.number)}`,
    });
    expect(after.statusCode).toBe(200);
    expect(after.json().parts[0]).toEqual({ gap: { reason: 'a name' } });
    expect(after.json()).not.toHaveProperty('readers');
    const tei = await app.inject({ method: 'GET', url: '/api/export.tei' });
    expect(tei.headers['content-type']).toContain('application/tei+xml');
    expect(tei.body).toContain(`<idno type="registry">${cable.number}</idno>`);
  });

  it('refuses a redaction outside the text, naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: await issueApiToken(app, 'poskrebyshev'),
      payload: {
        ...release,
        scope: { cables: [cable.number] },
        redactions: [{ cable: cable.number, start: 0, end: 1_000_000, reason: 'too far' }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid-input', field: 'redactions[0].end' });
  });
});

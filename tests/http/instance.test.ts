import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { buildTestApp } from '../support/build-test-app.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

const opened: TestServices[] = [];
afterAll(async () => {
  for (const registry of opened) await registry.cleanup();
});

async function instanceOf(example: 'empty' | 'london-1945') {
  const registry = await openTestServices(example);
  opened.push(registry);
  const app = await buildTestApp(registry.services, { version: '9.9.9' });
  try {
    const response = await app.inject({ method: 'GET', url: '/api/instance' });
    expect(response.statusCode).toBe(200);
    return response.json();
  } finally {
    await app.close();
  }
}

describe('GET /api/instance, open without a session', { timeout: SLOW }, () => {
  it('names the demo logins and their password when the London 1945 example is loaded', async () => {
    const instance = await instanceOf('london-1945');
    expect(instance.version).toBe('9.9.9');
    expect(instance.demo).toMatchObject({ example: 'London 1945', password: DEMO_PASSWORD });
    expect(instance.demo.logins).toContainEqual({
      login: 'stalin',
      name: 'Iosif Stalin',
      title: expect.any(String),
    });
    // Every person of the example, the ten of the README's table.
    expect(instance.demo.logins).toHaveLength(10);
  });

  it('says nothing of demo logins on a registry started without the example', async () => {
    expect(await instanceOf('empty')).toEqual({ version: '9.9.9', demo: null });
  });
});

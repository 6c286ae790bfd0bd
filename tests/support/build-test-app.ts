import type { FastifyInstance } from 'fastify';
import { type AppOptions, buildApp } from '../../src/http/app.js';
import type { Services } from '../../src/services/services.js';

/**
 * The HTTP app in process, for `app.inject()`. Tests log in many times a
 * minute from one address, so the guessing limit is raised and the slow-down
 * after wrong passwords does not wait, unless a test passes its own.
 */
export async function buildTestApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp(services, {
    loginAttemptsPerMinute: 1000,
    loginBackoffSleep: async () => {},
    ...options,
  });
  await app.ready();
  return app;
}

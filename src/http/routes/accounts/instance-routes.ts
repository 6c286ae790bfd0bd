import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { demoLogins } from '../../../services/accounts/demo-logins.js';
import type { Services } from '../../../services/services.js';
import type { RouteCatalogue } from '../../route-spec.js';

const InstanceSchema = z.object({
  version: z.string(),
  demo: z
    .object({
      example: z.string().meta({ examples: ['London 1945'] }),
      password: z.string().meta({ description: 'the one password of every demo login' }),
      logins: z.array(z.object({ login: z.string(), name: z.string(), title: z.string() })),
    })
    .nullable()
    .meta({ description: 'the sign-ins of the built-in example when it is loaded; null otherwise' }),
});

/** What the login page may know before anyone signs in: the version, and the demo logins if the example is loaded. */
export function instanceRoutes(
  app: FastifyInstance,
  services: Services,
  routes: RouteCatalogue,
  version: string,
) {
  routes.add({
    method: 'GET',
    url: '/api/instance',
    summary: 'This server: its version and, when the built-in example is loaded, its demo logins',
    tag: 'meta',
    auth: false,
    responses: { 200: InstanceSchema },
  });
  app.get('/api/instance', async () => ({ version, demo: await demoLogins(services.store) }));
}

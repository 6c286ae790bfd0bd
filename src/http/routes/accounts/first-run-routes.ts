import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  claimFirstRun,
  FirstAdministratorSchema,
  type FirstRunGate,
  hasAdministrator,
} from '../../../services/accounts/first-run.js';
import type { Services } from '../../../services/services.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { PersonSchema } from '../../schemas/common-schemas.js';

const FirstRunStatusSchema = z.object({
  open: z.boolean().meta({
    description: 'true while no administrator exists and this server printed a setup link that still works',
  }),
});

/**
 * The first run of a registry with no administrator: the setup link printed
 * on the console creates the first one, once. The token travels in the
 * link's fragment, so it reaches the server only in this request's body.
 */
export function firstRunRoutes(
  app: FastifyInstance,
  services: Services,
  routes: RouteCatalogue,
  gate: FirstRunGate | undefined,
) {
  routes.add({
    method: 'GET',
    url: '/api/first-run',
    summary: 'Whether this server’s one-time setup link can still create the first administrator',
    tag: 'session',
    auth: false,
    responses: { 200: FirstRunStatusSchema },
  });
  app.get('/api/first-run', async () => ({
    open: Boolean(gate?.isOpen(services.now())) && !(await hasAdministrator(services)),
  }));

  routes.add({
    method: 'POST',
    url: '/api/first-run',
    summary:
      'Create the first administrator with the token of the setup link printed on the console (once, before it expires)',
    tag: 'session',
    auth: false,
    body: FirstAdministratorSchema,
    responses: { 201: z.object({ person: PersonSchema }) },
  });
  // The token is 256 random bits, but a port open to the world still gets no more than a few tries a minute.
  app.post(
    '/api/first-run',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const person = await claimFirstRun(services, gate, request.body);
      return reply.status(201).send({ person });
    },
  );
}

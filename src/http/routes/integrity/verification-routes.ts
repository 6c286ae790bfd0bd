import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FAULTS } from '../../../core/index.js';
import {
  latestVerification,
  startVerification,
  VERIFICATION_STATES,
  type VerificationRun,
} from '../../../services/integrity/verification-run.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';

const VerificationSchema = z.object({
  state: z.enum(VERIFICATION_STATES).meta({
    description: 'held: every cable and table holds; broken: stopped at the first that does not',
  }),
  startedBy: z.string(),
  startedAt: z.string().meta({ description: 'ISO 8601 UTC' }),
  finishedAt: z.string().nullable(),
  checked: z.number().int().meta({ description: 'Cables verified so far' }),
  total: z.number().int(),
  fault: z
    .object({ seq: z.number().int(), number: z.string(), fault: z.enum(FAULTS), message: z.string() })
    .nullable(),
  problem: z.string().nullable().meta({ description: 'Why a failed run could not finish' }),
});

const present = (run: VerificationRun) => ({ ...run });

/** Verifying the registry from the web, with its progress (poll the GET); auditors only. */
export function verificationRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'POST',
    url: '/api/registry/verification',
    summary:
      'Start verifying the whole registry (chain, signatures, readers, the tables it makes), or see the run ' +
      'already under way; auditors only',
    tag: 'registry',
    auth: true,
    responses: { 202: z.object({ verification: VerificationSchema }) },
  });
  app.post('/api/registry/verification', async (request, reply) => {
    const run = await startVerification(services, requireCaller(request).person.id);
    return reply.status(202).send({ verification: present(run) });
  });

  routes.add({
    method: 'GET',
    url: '/api/registry/verification',
    summary:
      'The latest verification started on this server and its progress (null before the first); auditors only',
    tag: 'registry',
    auth: true,
    responses: { 200: z.object({ verification: VerificationSchema.nullable() }) },
  });
  app.get('/api/registry/verification', async (request) => {
    const run = await latestVerification(services, requireCaller(request).person.id);
    return { verification: run && present(run) };
  });
}

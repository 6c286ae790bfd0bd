import type { FastifyInstance } from 'fastify';
import { type Cable, DigestPayloadSchema, REGISTRY_PRINCIPAL } from '../../../core/index.js';
import {
  DigestScheduleSchema,
  digestScheduleOf,
  setDigestSchedule,
} from '../../../services/digest/digest-schedule.js';
import { registerDigest } from '../../../services/digest/register-digest.js';
import { parseInput } from '../../../services/parse-input.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  DigestRequestSchema,
  DigestResponseSchema,
  DigestScheduleResponseSchema,
  DigestsResponseSchema,
} from '../../schemas/digest-schemas.js';

/** How many of a reader's digests the list shows. */
const LISTED = 30;

export const cableLine = (
  cable: Pick<Cable, 'id' | 'number' | 'precedence' | 'subject' | 'registeredAt'>,
) => ({
  id: cable.id,
  number: cable.number,
  precedence: cable.precedence,
  subject: cable.subject,
  registeredAt: cable.registeredAt,
});

/** Your digests: the list, one made now, and the hour of your daily one. */
export function digestRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/digests',
    summary: 'Your digests, newest first, and the hour of your daily digest',
    tag: 'digest',
    auth: true,
    responses: { 200: DigestsResponseSchema },
  });
  app.get('/api/digests', async (request) => {
    const { person } = requireCaller(request);
    const box = await services.store.registry.inbox(person.id, {
      box: 'in',
      kind: 'digest',
      limit: LISTED,
      offset: 0,
    });
    const digests = box.cables
      .map(({ cable }) => cable)
      .filter((cable) => cable.author === REGISTRY_PRINCIPAL)
      .sort((a, b) => b.seq - a.seq)
      .flatMap((cable) => {
        const digest = DigestPayloadSchema.safeParse(cable.payload);
        return digest.success ? [{ cable: cableLine(cable), digest: digest.data }] : [];
      });
    const schedule = await digestScheduleOf(services, person.id);
    return {
      schedule: schedule && { hour: schedule.hour, timeZone: schedule.timeZone, enabled: schedule.enabled },
      digests,
    };
  });

  routes.add({
    method: 'POST',
    url: '/api/digests',
    summary: 'Make your digest of the last 24 hours now, registered as a cable to you alone',
    tag: 'digest',
    auth: true,
    body: DigestRequestSchema,
    responses: { 201: DigestResponseSchema },
  });
  app.post('/api/digests', async (request, reply) => {
    const { person } = requireCaller(request);
    // The body holds nothing yet, but what it holds is still checked: an unknown field is a mistake,
    // and so is JSON that is no object (`null` among them). Only a request without a body means {}.
    parseInput(DigestRequestSchema, request.body === undefined ? {} : request.body);
    const { cable, digest } = await registerDigest(services, person.id);
    return reply.code(201).send({ cable: cableLine(cable), digest });
  });

  routes.add({
    method: 'POST',
    url: '/api/digest-schedule',
    summary: 'Set the hour, in your own time zone, of your daily digest',
    tag: 'digest',
    auth: true,
    body: DigestScheduleSchema,
    responses: { 200: DigestScheduleResponseSchema },
  });
  app.post('/api/digest-schedule', async (request) => {
    const { person } = requireCaller(request);
    const { hour, timeZone, enabled } = await setDigestSchedule(services, person.id, request.body);
    return { hour, timeZone, enabled };
  });
}

import type { FastifyInstance } from 'fastify';
import { PrecedenceSchemeSchema } from '../../../core/index.js';
import type { Services } from '../../../services/services.js';
import { acknowledgeCable } from '../../../services/workflow/acknowledge-cable.js';
import { ownAcknowledgement } from '../../../services/workflow/own-acknowledgement.js';
import { precedenceScheme, setPrecedenceScheme } from '../../../services/workflow/precedence-scheme.js';
import { ReadingSchema, readingsOf, recordReading } from '../../../services/workflow/record-reading.js';
import { viewAcknowledgements } from '../../../services/workflow/view-acknowledgements.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  AcknowledgementResponseSchema,
  AcknowledgementsResponseSchema,
  EscalationsResponseSchema,
  OwnAcknowledgementResponseSchema,
  PrecedenceSchemeResponseSchema,
  ReadingsResponseSchema,
} from '../../schemas/workflow-schemas.js';

/** Acknowledgements, escalations, READ-OUT readings and the precedence scheme's handling targets (issue 14). */
export function acknowledgementRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'POST',
    url: '/api/cables/:ref/acknowledgement',
    summary: 'Acknowledge a cable you must act on (apart from opening it)',
    tag: 'workflow',
    auth: true,
    responses: { 200: AcknowledgementResponseSchema },
  });
  app.post<{ Params: { ref: string } }>('/api/cables/:ref/acknowledgement', async (request) => {
    const { person } = requireCaller(request);
    return acknowledgeCable(services, person.id, request.params.ref);
  });

  routes.add({
    method: 'GET',
    url: '/api/cables/:ref/acknowledgement',
    summary: 'Whether you must acknowledge a cable, and when you did',
    tag: 'workflow',
    auth: true,
    responses: { 200: OwnAcknowledgementResponseSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/cables/:ref/acknowledgement', async (request) => {
    const { person } = requireCaller(request);
    return ownAcknowledgement(services, person.id, request.params.ref);
  });

  routes.add({
    method: 'GET',
    url: '/api/cables/:ref/acknowledgements',
    summary:
      "Per action addressee: delivered, opened, acknowledged, escalated (the author's and the clerk's)",
    tag: 'workflow',
    auth: true,
    responses: { 200: AcknowledgementsResponseSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/cables/:ref/acknowledgements', async (request) => {
    const { person } = requireCaller(request);
    const view = await viewAcknowledgements(services, person.id, request.params.ref);
    const { id, number, precedence } = view.cable;
    return { ...view, cable: { id, number, precedence } };
  });

  routes.add({
    method: 'GET',
    url: '/api/escalations',
    summary: 'The overdue acknowledgements escalated to you, newest first',
    tag: 'workflow',
    auth: true,
    responses: { 200: EscalationsResponseSchema },
  });
  app.get('/api/escalations', async (request) => {
    const { person } = requireCaller(request);
    const escalations = await services.store.workflow.escalationsOf(person.id, 200);
    const shown = [];
    for (const escalation of escalations) {
      const cable = await services.store.registry.atSeq(escalation.cableSeq);
      // Only what the recipient may read is named; the author and a duty officer who may not read it see nothing.
      if (!cable?.readers.includes(person.id)) continue;
      const { addressee, dueAt, firedAt } = escalation;
      shown.push({
        cable: { id: cable.id, number: cable.number, subject: cable.subject },
        addressee,
        dueAt,
        firedAt,
      });
    }
    return { escalations: shown };
  });

  routes.add({
    method: 'POST',
    url: '/api/cables/:ref/readings',
    summary: 'Record that you read a READ-OUT cable to someone, and when',
    tag: 'workflow',
    auth: true,
    body: ReadingSchema,
    responses: { 201: ReadingsResponseSchema.shape.readings.element },
  });
  app.post<{ Params: { ref: string } }>('/api/cables/:ref/readings', async (request, reply) => {
    const { person } = requireCaller(request);
    const { cableSeq: _, ...reading } = await recordReading(
      services,
      person.id,
      request.params.ref,
      request.body,
    );
    return reply.status(201).send(reading);
  });

  routes.add({
    method: 'GET',
    url: '/api/cables/:ref/readings',
    summary: 'Who read a READ-OUT cable to whom, and when',
    tag: 'workflow',
    auth: true,
    responses: { 200: ReadingsResponseSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/cables/:ref/readings', async (request) => {
    const { person } = requireCaller(request);
    const { readings } = await readingsOf(services, person.id, request.params.ref);
    return { readings: readings.map(({ cableSeq: _, ...reading }) => reading) };
  });

  routes.add({
    method: 'GET',
    url: '/api/precedence-scheme',
    summary: 'Handling targets per precedence, which precedences escalate, and each post’s duty officer',
    tag: 'workflow',
    auth: true,
    responses: { 200: PrecedenceSchemeResponseSchema },
  });
  app.get('/api/precedence-scheme', async (request) => {
    requireCaller(request);
    return { scheme: await precedenceScheme(services) };
  });

  routes.add({
    method: 'POST',
    url: '/api/precedence-scheme',
    summary: 'Set the precedence scheme’s handling targets and duty officers (administrators)',
    tag: 'workflow',
    auth: true,
    body: PrecedenceSchemeSchema,
    responses: { 200: PrecedenceSchemeResponseSchema },
  });
  app.post('/api/precedence-scheme', async (request) => {
    const { person } = requireCaller(request);
    return { scheme: await setPrecedenceScheme(services, person.id, request.body) };
  });
}

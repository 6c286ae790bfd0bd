import type { FastifyInstance } from 'fastify';
import { EmailChoiceSchema, hoursBefore } from '../../../core/index.js';
import {
  CircularDraftSchema,
  chaseCircular,
  circularTable,
  registerCircular,
} from '../../../services/digest/circulars.js';
import { emailChoiceOf, setEmailChoice } from '../../../services/digest/email-choice.js';
import { PressItemDraftSchema, registerPressItem } from '../../../services/digest/register-press-item.js';
import { parseInput } from '../../../services/parse-input.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { namesOf } from '../../presenters/cable-summaries.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  CircularTableResponseSchema,
  EmailChoiceResponseSchema,
  PressItemsQuerySchema,
  PressItemsResponseSchema,
  RegisteredResponseSchema,
} from '../../schemas/digest-schemas.js';
import { cableLine } from './digest-routes.js';

/** Press items, circulars and their table, and your choice of e-mail notifications. */
export function pressAndCircularRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'POST',
    url: '/api/press-items',
    summary: 'Enter a monitored press item, distributed to the named readers only',
    tag: 'digest',
    auth: true,
    body: PressItemDraftSchema,
    responses: { 201: RegisteredResponseSchema },
  });
  app.post('/api/press-items', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await registerPressItem(services, person.id, request.body);
    return reply.code(201).send({ cable: cableLine(cable) });
  });

  routes.add({
    method: 'GET',
    url: '/api/press-items',
    summary: 'Press items you may read, registered in a window (the last 24 hours unless given), by topic',
    tag: 'digest',
    auth: true,
    query: PressItemsQuerySchema,
    responses: { 200: PressItemsResponseSchema },
  });
  app.get('/api/press-items', async (request) => {
    const { person } = requireCaller(request);
    const query = parseInput(PressItemsQuerySchema, request.query, 'query');
    const until = query.until ?? services.now();
    const found = await services.store.digests.pressItems(
      person.id,
      query.from ?? hoursBefore(until, 24),
      until,
    );
    const items = found
      .filter(({ item }) => query.topic === undefined || item.topic === query.topic)
      .map(({ cable, summary, item }) => ({
        cable: cableLine(cable),
        source: item.source,
        date: item.date,
        language: item.language,
        topic: item.topic,
        summary,
        link: item.link,
      }))
      .sort((a, b) => a.topic.localeCompare(b.topic));
    return { items };
  });

  routes.add({
    method: 'POST',
    url: '/api/circulars',
    summary: 'Send a circular to every mission (or the group named)',
    tag: 'digest',
    auth: true,
    body: CircularDraftSchema,
    responses: { 201: RegisteredResponseSchema },
  });
  app.post('/api/circulars', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await registerCircular(services, person.id, request.body);
    return reply.code(201).send({ cable: cableLine(cable) });
  });

  routes.add({
    method: 'GET',
    url: '/api/circulars/:ref/acknowledgements',
    summary: 'Who has acknowledged your circular, mission by mission',
    tag: 'digest',
    auth: true,
    responses: { 200: CircularTableResponseSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/circulars/:ref/acknowledgements', async (request) => {
    const { person } = requireCaller(request);
    const { cable, rows } = await circularTable(services, person.id, request.params.ref);
    const nameOf = await namesOf(services);
    return { cable: cableLine(cable), rows: rows.map((row) => ({ ...row, name: nameOf(row.person) })) };
  });

  routes.add({
    method: 'POST',
    url: '/api/circulars/:ref/chase',
    summary: 'Remind the missions that have not acknowledged your circular',
    tag: 'digest',
    auth: true,
    responses: { 201: RegisteredResponseSchema },
  });
  app.post<{ Params: { ref: string } }>('/api/circulars/:ref/chase', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await chaseCircular(services, person.id, request.params.ref);
    return reply.code(201).send({ cable: cable && cableLine(cable) });
  });

  routes.add({
    method: 'GET',
    url: '/api/email-choice',
    summary: 'Your choice of e-mail notifications',
    tag: 'digest',
    auth: true,
    responses: { 200: EmailChoiceResponseSchema },
  });
  app.get('/api/email-choice', async (request) => {
    const { person } = requireCaller(request);
    return { choice: await emailChoiceOf(services, person.id) };
  });

  routes.add({
    method: 'POST',
    url: '/api/email-choice',
    summary: 'Choose which arrivals reach you by e-mail (never their subject or text), and where',
    tag: 'digest',
    auth: true,
    body: EmailChoiceSchema,
    responses: { 200: EmailChoiceResponseSchema },
  });
  app.post('/api/email-choice', async (request) => {
    const { person } = requireCaller(request);
    return { choice: await setEmailChoice(services, person.id, request.body) };
  });
}

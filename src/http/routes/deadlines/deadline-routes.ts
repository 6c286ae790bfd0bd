import type { FastifyInstance } from 'fastify';
import { listDeadlineAlerts } from '../../../services/deadlines/list-deadline-alerts.js';
import { type DeadlineView, viewDeadlines } from '../../../services/deadlines/view-deadlines.js';
import { parseInput } from '../../../services/parse-input.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  DeadlineAlertsResponseSchema,
  DeadlineQuerySchema,
  DeadlinesResponseSchema,
  MyDeadlineQuerySchema,
} from '../../schemas/deadline-schemas.js';

/** Deadlines per conference and per person, with their status now, and the alerts they gave you. */
export function deadlineRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  const present = async (reader: string, views: DeadlineView[]) => {
    const numberOf = async (id: string) =>
      (await services.store.registry.readable(reader, id))?.cable.number ?? '?';
    return Promise.all(
      views.map(async ({ stored, status }) => {
        const cable = (await services.store.registry.atSeq(stored.cableSeq))!;
        const { deadline } = stored;
        return {
          id: deadline.id,
          description: deadline.description,
          conference: stored.conference,
          issue: deadline.issue ?? null,
          cable: {
            id: cable.id,
            number: cable.number,
            subject: cable.subject,
            author: cable.author,
            registeredAt: cable.registeredAt,
          },
          due: deadline.due,
          meets: deadline.meets,
          actors: deadline.actors,
          notify: deadline.notify ?? [],
          warn: deadline.warn ?? [],
          state: status.state,
          dueAt: status.dueAt,
          metBy: status.metBy && {
            cable: { id: status.metBy.cable, number: await numberOf(status.metBy.cable) },
            at: status.metBy.at,
          },
        };
      }),
    );
  };

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/deadlines',
    summary: "A conference's deadlines in cables you may read: open, met, lapsed or pending, soonest first",
    tag: 'deadlines',
    auth: true,
    query: DeadlineQuerySchema,
    responses: { 200: DeadlinesResponseSchema },
  });
  app.get<{ Params: { conference: string } }>('/api/conferences/:conference/deadlines', async (request) => {
    const { person } = requireCaller(request);
    const filter = parseInput(DeadlineQuerySchema, request.query, 'query');
    const views = await viewDeadlines(services, person.id, {
      ...filter,
      conference: request.params.conference,
    });
    return { now: services.now(), deadlines: await present(person.id, views) };
  });

  routes.add({
    method: 'GET',
    url: '/api/deadlines',
    summary: 'The deadlines you must act on or are told of, in every conference',
    tag: 'deadlines',
    auth: true,
    query: MyDeadlineQuerySchema,
    responses: { 200: DeadlinesResponseSchema },
  });
  app.get('/api/deadlines', async (request) => {
    const { person } = requireCaller(request);
    const filter = parseInput(MyDeadlineQuerySchema, request.query, 'query');
    const views = await viewDeadlines(services, person.id, { ...filter, person: person.id });
    return { now: services.now(), deadlines: await present(person.id, views) };
  });

  routes.add({
    method: 'GET',
    url: '/api/deadline-alerts',
    summary: 'The warnings and lapses your deadlines gave you, newest first',
    tag: 'deadlines',
    auth: true,
    responses: { 200: DeadlineAlertsResponseSchema },
  });
  app.get('/api/deadline-alerts', async (request) => {
    const { person } = requireCaller(request);
    return { alerts: await listDeadlineAlerts(services, person.id) };
  });
}

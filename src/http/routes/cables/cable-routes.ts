import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hasCaption, worstOf } from '../../../core/index.js';
import { InboxQuerySchema, listInbox } from '../../../services/cables/list-inbox.js';
import { readCable, threadOf } from '../../../services/cables/read-cable.js';
import { registerCable } from '../../../services/cables/register-cable.js';
import { SearchQuerySchema, searchCables } from '../../../services/cables/search-cables.js';
import { scopeOf } from '../../../services/mandates/reader-scope.js';
import { movesOf, worstVerdicts } from '../../../services/mandates/view-moves.js';
import type { Services } from '../../../services/services.js';
import type { DeliveredCable } from '../../../store/store.js';
import { type Caller, requireCaller } from '../../authenticate-request.js';
import { namesOf, summariesOf, viewerOf } from '../../presenters/cable-summaries.js';
import { type NameOf, presentSummary, presentView } from '../../presenters/present-cable.js';
import { presentVerdict } from '../../presenters/present-verdict.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  CableResponseSchema,
  CableViewSchema,
  InboxResponseSchema,
  SearchResponseSchema,
} from '../../schemas/cable-schemas.js';
import { CableDraftRequestSchema } from '../../schemas/payload-schemas.js';

export function cableRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/inbox',
    summary: 'Your cables: unread first, then by precedence, then newest',
    tag: 'cables',
    auth: true,
    query: InboxQuerySchema,
    responses: { 200: InboxResponseSchema },
  });
  app.get('/api/inbox', async (request) => {
    const caller = requireCaller(request);
    const inbox = await listInbox(services, caller.person.id, request.query);
    const nameOf = await namesOf(services);
    const viewer = await viewerOf(services, caller);
    return {
      ...inbox,
      cables: await summariesOf(scopeOf(services, caller.person.id), inbox.cables, nameOf, viewer),
    };
  });

  routes.add({
    method: 'GET',
    url: '/api/cables/:ref',
    summary: 'Open a cable (by id or registry number) with its thread',
    tag: 'cables',
    auth: true,
    responses: { 200: CableResponseSchema },
  });
  app.get<{ Params: { ref: string } }>('/api/cables/:ref', async (request) => {
    const caller = requireCaller(request);
    const { delivered, thread } = await readCable(services, caller.person.id, request.params.ref);
    const nameOf = await namesOf(services);
    const summaries = await summariesOf(
      scopeOf(services, caller.person.id),
      thread,
      nameOf,
      await viewerOf(services, caller),
    );
    return {
      cable: await fullViewOf(services, caller, delivered, thread, nameOf),
      thread: summaries.map((summary, at) => ({ ...summary, ...threadLinksOf(thread[at]!, thread) })),
    };
  });

  routes.add({
    method: 'POST',
    url: '/api/cables',
    summary: 'Register a cable, signed by you; answers after the durable commit',
    tag: 'cables',
    auth: true,
    body: CableDraftRequestSchema,
    responses: { 201: z.object({ cable: CableViewSchema }) },
  });
  app.post('/api/cables', async (request, reply) => {
    const caller = requireCaller(request);
    const cable = await registerCable(services, caller.person.id, request.body);
    // A new cable is in no one's references yet: only one that names others has a thread to show.
    const names = cable.inReplyTo !== null || cable.refs.length > 0;
    const thread = names ? await threadOf(services, caller.person.id, cable.seq) : [];
    const nameOf = await namesOf(services);
    const view = await fullViewOf(services, caller, { cable, readAt: cable.registeredAt }, thread, nameOf);
    return reply.status(201).send({ cable: view });
  });

  routes.add({
    method: 'GET',
    url: '/api/search',
    summary: 'Full-text search with filters, over the cables you may read',
    tag: 'cables',
    auth: true,
    query: SearchQuerySchema,
    responses: { 200: SearchResponseSchema },
  });
  app.get('/api/search', async (request) => {
    const caller = requireCaller(request);
    const result = await searchCables(services, caller.person.id, request.query);
    const nameOf = await namesOf(services);
    const viewer = await viewerOf(services, caller);
    // Each report's worst verdict (the badge the inbox shows), as the caller knows the mandate.
    const worst = await worstVerdicts(
      scopeOf(services, caller.person.id),
      result.hits.map(({ cable }) => cable),
    );
    return {
      total: result.total,
      hits: result.hits.map(({ cable, readAt, snippet }) => ({
        ...presentSummary(cable, readAt !== null, nameOf, viewer),
        verdict: worst.get(cable.seq) ?? null,
        // A snippet is a copy of the body: withheld from API-token clients as the body is.
        snippet: caller.viaApiToken && hasCaption(cable, 'READ-OUT') ? '' : snippet,
      })),
    };
  });
}

/** A cable's references, shown only where the reader may read the cable referred to (it is then in the thread). */
function linksWithin(delivered: DeliveredCable, thread: DeliveredCable[]) {
  const numberOf = new Map(thread.map(({ cable }) => [cable.id, cable.number]));
  const link = (id: string) => (numberOf.has(id) ? { id, number: numberOf.get(id)! } : null);
  const { cable } = delivered;
  return {
    inReplyTo: cable.inReplyTo ? link(cable.inReplyTo) : null,
    refs: cable.refs.map(link).filter((ref) => ref !== null),
  };
}

/** How a cable of a thread is linked to the others: only links to cables of the thread, which the reader may read. */
function threadLinksOf(delivered: DeliveredCable, thread: readonly DeliveredCable[]) {
  const { inReplyTo, refs } = linksWithin(delivered, [...thread]);
  return { repliesTo: inReplyTo?.id ?? null, refersTo: refs.map(({ id }) => id) };
}

/** A whole cable with its payload and, for a report, its moves and their verdicts. */
async function fullViewOf(
  services: Services,
  caller: Caller,
  delivered: DeliveredCable,
  thread: readonly DeliveredCable[],
  nameOf: NameOf,
) {
  const { cable } = delivered;
  const view = presentView(cable, linksWithin(delivered, [...thread]), {
    read: true,
    viaApiToken: caller.viaApiToken,
    nameOf,
    viewer: await viewerOf(services, caller),
  });
  if (cable.payload?.type !== 'moves') return { ...view, payload: cable.payload };
  const { moves, numbers } = await movesOf(scopeOf(services, caller.person.id), cable);
  return {
    ...view,
    payload: cable.payload,
    verdict: worstOf(moves.flatMap(({ verdict }) => (verdict ? [verdict.verdict] : []))),
    moves: moves.map(({ idx, move, verdict, evaluations }) => ({
      idx,
      move,
      verdict: verdict ? presentVerdict(verdict, numbers) : null,
      evaluations,
    })),
  };
}

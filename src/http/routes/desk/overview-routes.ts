import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { VERDICTS } from '../../../core/index.js';
import { whatNeedsMe } from '../../../services/desk/what-needs-me.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { summariesFor } from '../../presenters/cable-summaries.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { CableSummarySchema } from '../../schemas/cable-schemas.js';

const OverviewSchema = z.object({
  moves: z
    .array(
      z.object({
        report: CableSummarySchema,
        idx: z.number().int(),
        verdict: z.enum(VERDICTS),
        raisedAt: z.string(),
      }),
    )
    .meta({ description: 'Moves outside the mandate in reports you may read, not yet seen, newest first' }),
  queries: z.array(CableSummarySchema).meta({ description: 'Queries to you that you have not answered' }),
  urgent: z
    .array(CableSummarySchema)
    .meta({ description: 'FLASH and IMMEDIATE cables to you not yet opened' }),
});

/** The reader's desk: what needs them now. */
export function overviewRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/overview',
    summary: 'What needs you now: moves outside the mandate, unanswered queries, unopened urgent cables',
    tag: 'cables',
    auth: true,
    responses: { 200: OverviewSchema },
  });
  app.get('/api/overview', async (request) => {
    const caller = requireCaller(request);
    const needs = await whatNeedsMe(services, caller.person.id);
    const reports = await summariesFor(
      services,
      caller,
      needs.moves.map(({ report }) => report),
    );
    return {
      moves: needs.moves.map(({ idx, verdict, raisedAt }, at) => ({
        report: reports[at]!,
        idx,
        verdict,
        raisedAt,
      })),
      queries: await summariesFor(services, caller, needs.queries),
      urgent: await summariesFor(services, caller, needs.urgent),
    };
  });
}

import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PARTICIPANT_ID, SessionSchema } from '../../../core/index.js';
import { delegationView } from '../../../services/desk/delegation-view.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { summariesFor } from '../../presenters/cable-summaries.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { CableSummarySchema } from '../../schemas/cable-schemas.js';

const SessionTodaySchema = z.object({ conference: PARTICIPANT_ID, session: SessionSchema });

const DelegationSchema = z.object({
  today: z.string().meta({ description: 'The day (YYYY-MM-DD, UTC) whose sessions are listed' }),
  sessions: z.array(SessionTodaySchema).meta({ description: "Today's sessions, in plans you may read" }),
  next: SessionTodaySchema.nullable().meta({ description: 'The next session after today, if any' }),
  requests: z
    .array(CableSummarySchema)
    .meta({ description: 'Queries you sent (asking authority or else) that nobody has answered yet' }),
  directives: z
    .array(CableSummarySchema)
    .meta({ description: 'Directives you may read registered since the start of yesterday (UTC)' }),
});

/** The delegation's day: today's sessions, open authority requests, the last day's directives. */
export function delegationRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/delegation',
    summary:
      "The delegation's day: today's sessions, your open authority requests, directives since yesterday",
    tag: 'cables',
    auth: true,
    responses: { 200: DelegationSchema },
  });
  app.get('/api/delegation', async (request) => {
    const caller = requireCaller(request);
    const view = await delegationView(services, caller.person.id);
    return {
      ...view,
      requests: await summariesFor(services, caller, view.requests),
      directives: await summariesFor(services, caller, view.directives),
    };
  });
}

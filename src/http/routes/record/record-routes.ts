import type { FastifyInstance } from 'fastify';
import { parseAccount } from '../../../core/index.js';
import { scopeOf } from '../../../services/mandates/reader-scope.js';
import { parseInput } from '../../../services/parse-input.js';
import { viewIssueMap, viewMapOverview } from '../../../services/record/view-negotiation-map.js';
import { listSessionRecords, viewSessionRecord } from '../../../services/record/view-session-record.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import { citing, presentIssueMap, presentSessionRecord } from '../../presenters/present-record.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  IssueMapResponseSchema,
  MapOverviewQuerySchema,
  MapOverviewResponseSchema,
  ParseAccountRequestSchema,
  ParseAccountResponseSchema,
  SessionListResponseSchema,
  SessionRecordResponseSchema,
} from '../../schemas/record-schemas.js';

type ConferenceParams = { Params: { conference: string } };

/**
 * Session records and the negotiation map (issue 13), each computed in the
 * caller's scope: from the record cables, reports and directives they may read.
 * Accounts are added as `record` cables through `POST /api/cables`.
 */
export function recordRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/sessions',
    summary: 'Every session with what its record holds and lacks, from the cables you may read',
    tag: 'record',
    auth: true,
    responses: { 200: SessionListResponseSchema },
  });
  app.get<ConferenceParams>('/api/conferences/:conference/sessions', async (request) => {
    const { person } = requireCaller(request);
    const scope = scopeOf(services, person.id);
    return { sessions: await listSessionRecords(scope, request.params.conference, services.now()) };
  });

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/sessions/:session/record',
    summary:
      "A session's record: agenda, participants, entries, decisions, flags and the accounts side by side",
    tag: 'record',
    auth: true,
    responses: { 200: SessionRecordResponseSchema },
  });
  app.get<{ Params: { conference: string; session: string } }>(
    '/api/conferences/:conference/sessions/:session/record',
    async (request) => {
      const { person } = requireCaller(request);
      const { conference, session } = request.params;
      const view = await viewSessionRecord(scopeOf(services, person.id), conference, session, services.now());
      return presentSessionRecord(view);
    },
  );

  routes.add({
    method: 'POST',
    url: '/api/record/parse',
    summary: 'Reads an account written elsewhere (plain text, Markdown, JSON Lines) into record entries',
    tag: 'record',
    auth: true,
    body: ParseAccountRequestSchema,
    responses: { 200: ParseAccountResponseSchema },
  });
  app.post('/api/record/parse', async (request) => {
    requireCaller(request);
    const { format, text } = parseInput(ParseAccountRequestSchema, request.body);
    return { entries: parseAccount(text, format) };
  });

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/map',
    summary: 'Every issue at a glance (status, gap, latest stances), those moved since `since` first',
    tag: 'record',
    auth: true,
    query: MapOverviewQuerySchema,
    responses: { 200: MapOverviewResponseSchema },
  });
  app.get<ConferenceParams>('/api/conferences/:conference/map', async (request) => {
    const { person } = requireCaller(request);
    const { since } = parseInput(MapOverviewQuerySchema, request.query, 'query');
    const scope = scopeOf(services, person.id);
    const since_ = since ? new Date(since).toISOString() : null;
    const view = await viewMapOverview(scope, request.params.conference, since_, services.now());
    return { parties: view.parties, issues: view.rows };
  });

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/map/:issue',
    summary: "One issue's negotiation map: each party's stances over time, our mandate, gap and status",
    tag: 'record',
    auth: true,
    responses: { 200: IssueMapResponseSchema },
  });
  app.get<{ Params: { conference: string; issue: string } }>(
    '/api/conferences/:conference/map/:issue',
    async (request) => {
      const { person } = requireCaller(request);
      const { conference, issue } = request.params;
      const view = await viewIssueMap(scopeOf(services, person.id), conference, issue, services.now());
      return presentIssueMap(view, citing(view.numbers));
    },
  );
}

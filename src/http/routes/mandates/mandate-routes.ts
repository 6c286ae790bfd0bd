import type { FastifyInstance } from 'fastify';
import type { Mandate } from '../../../core/index.js';
import { listAlerts } from '../../../services/mandates/list-alerts.js';
import { type ReaderScope, scopeOf } from '../../../services/mandates/reader-scope.js';
import { reevaluateVerdicts } from '../../../services/mandates/reevaluate-verdicts.js';
import { checkProposedMove, viewMandate, viewMandates } from '../../../services/mandates/view-mandate.js';
import { citedBy, conferenceMoves } from '../../../services/mandates/view-moves.js';
import { directorySnapshot } from '../../../services/organisation/directory-snapshot.js';
import { planOf } from '../../../services/organisation/organisation-state.js';
import { parseInput } from '../../../services/parse-input.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import {
  presentDimensionMandates,
  presentHistoryEntry,
  presentMandate,
} from '../../presenters/present-mandate.js';
import { presentVerdict } from '../../presenters/present-verdict.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  AlertsResponseSchema,
  AtQuerySchema,
  CheckRequestSchema,
  CheckResponseSchema,
  ConferenceListSchema,
  MandateResponseSchema,
  MandatesResponseSchema,
  MovesResponseSchema,
  ReevaluateResponseSchema,
} from '../../schemas/mandate-schemas.js';

type ConferenceParams = { Params: { conference: string } };

/** Conferences, mandates (now or as of a date), moves with verdicts, "what if" checks, re-evaluation, alerts. */
export function mandateRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  const numbersFor = (scope: ReaderScope, mandates: (Mandate | null)[]) =>
    scope.numbers(mandates.flatMap((mandate) => mandate?.directives ?? []));

  routes.add({
    method: 'GET',
    url: '/api/conferences',
    summary: 'Conferences with their plans',
    tag: 'mandates',
    auth: true,
    responses: { 200: ConferenceListSchema },
  });
  app.get('/api/conferences', async (request) => {
    requireCaller(request);
    const { conferences } = await directorySnapshot(services.store);
    return {
      conferences: await Promise.all(
        conferences.map(async (conference) => ({
          ...conference,
          plan: await planOf(services.store, conference.id),
        })),
      ),
    };
  });

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/mandates',
    summary: 'Every issue with its mandate in force now or `at`, from the directives you may read',
    tag: 'mandates',
    auth: true,
    query: AtQuerySchema,
    responses: { 200: MandatesResponseSchema },
  });
  app.get<ConferenceParams>('/api/conferences/:conference/mandates', async (request) => {
    const { person } = requireCaller(request);
    const { at } = parseInput(AtQuerySchema, request.query, 'query');
    const scope = scopeOf(services, person.id);
    const view = await viewMandates(scope, request.params.conference, endOfDay(at) ?? services.now());
    const numbers = await numbersFor(
      scope,
      view.mandates.flatMap((m) => [m.mandate, ...m.dimensions.map((d) => d.mandate)]),
    );
    return {
      at: view.at,
      plan: view.plan,
      mandates: view.mandates.map(({ issue, mandate, dimensions }) => ({
        issue,
        mandate: mandate && presentMandate(mandate, numbers),
        dimensions: presentDimensionMandates(dimensions, numbers),
      })),
    };
  });

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/mandates/:issue',
    summary: "One issue's mandate now or `at`, with its history of directives",
    tag: 'mandates',
    auth: true,
    query: AtQuerySchema,
    responses: { 200: MandateResponseSchema },
  });
  app.get<{ Params: { conference: string; issue: string } }>(
    '/api/conferences/:conference/mandates/:issue',
    async (request) => {
      const { person } = requireCaller(request);
      const { at } = parseInput(AtQuerySchema, request.query, 'query');
      const scope = scopeOf(services, person.id);
      const view = await viewMandate(
        scope,
        request.params.conference,
        request.params.issue,
        endOfDay(at) ?? services.now(),
      );
      const numbers = await scope.numbers(view.history.map((entry) => entry.directive.cable));
      return {
        at: view.at,
        issue: view.issue,
        mandate: view.mandate && presentMandate(view.mandate, numbers),
        dimensions: presentDimensionMandates(view.dimensions, numbers),
        history: view.history.map((entry) => presentHistoryEntry(entry, numbers)),
      };
    },
  );

  routes.add({
    method: 'GET',
    url: '/api/conferences/:conference/moves',
    summary: 'Every move reported in cables you may read, with its current verdict',
    tag: 'mandates',
    auth: true,
    responses: { 200: MovesResponseSchema },
  });
  app.get<ConferenceParams>('/api/conferences/:conference/moves', async (request) => {
    const { person } = requireCaller(request);
    const { conferences } = await directorySnapshot(services.store);
    const { moves, numbers } = await conferenceMoves(
      scopeOf(services, person.id),
      request.params.conference,
      conferences.map((conference) => conference.id),
    );
    return {
      moves: moves.map((stored) => ({
        report: { id: stored.cableId, number: numbers.get(stored.cableId) ?? '?' },
        registeredAt: stored.registeredAt,
        idx: stored.idx,
        move: stored.move,
        verdict: stored.verdict && presentVerdict(stored.verdict, numbers),
        evaluations: stored.evaluations,
      })),
    };
  });

  routes.add({
    method: 'POST',
    url: '/api/conferences/:conference/check',
    summary: 'What if: the verdict a move of ours would get now, without reporting it',
    tag: 'mandates',
    auth: true,
    body: CheckRequestSchema,
    responses: { 200: CheckResponseSchema },
  });
  app.post<ConferenceParams>('/api/conferences/:conference/check', async (request) => {
    const { person } = requireCaller(request);
    const { move, at } = parseInput(CheckRequestSchema, request.body);
    const scope = scopeOf(services, person.id);
    const result = await checkProposedMove(scope, request.params.conference, move, at ?? services.now());
    const numbers = await scope.numbers([
      ...citedBy([result.verdict]),
      ...(result.mandate?.directives ?? []),
    ]);
    return {
      verdict: presentVerdict(result.verdict, numbers),
      mandate: result.mandate && presentMandate(result.mandate, numbers),
    };
  });

  routes.add({
    method: 'POST',
    url: '/api/conferences/:conference/reevaluate',
    summary:
      'Re-evaluate every verdict against all directives known now (principals only); returns what changed',
    tag: 'mandates',
    auth: true,
    responses: { 200: ReevaluateResponseSchema },
  });
  app.post<ConferenceParams>('/api/conferences/:conference/reevaluate', async (request) => {
    const { person } = requireCaller(request);
    const changed = await reevaluateVerdicts(services, person.id, request.params.conference);
    const numbers = await scopeOf(services, person.id).numbers(
      citedBy(changed.flatMap(({ was, now }) => [was, now])),
    );
    return {
      changed: changed.map(({ report, idx, was, now }) => ({
        report,
        idx,
        was: presentVerdict(was, numbers),
        now: presentVerdict(now, numbers),
      })),
    };
  });

  routes.add({
    method: 'GET',
    url: '/api/alerts',
    summary: 'Your alerts about moves outside the mandate, newest first',
    tag: 'mandates',
    auth: true,
    responses: { 200: AlertsResponseSchema },
  });
  app.get('/api/alerts', async (request) => {
    const { person } = requireCaller(request);
    return listAlerts(services, person.id, false);
  });
}

/** A bare date as `at` means the end of that day: the mandate as it stood when the day's work was done. */
function endOfDay(at: string | undefined): string | undefined {
  return at && at.length === 10 ? `${at}T23:59:59.999Z` : at;
}

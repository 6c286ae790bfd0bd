import type { FastifyInstance } from 'fastify';
import type { Cable } from '../../../core/index.js';
import type { Services } from '../../../services/services.js';
import { AnswerEditsSchema, answerEdits } from '../../../services/workflow/answer-edits.js';
import { FinalTextSchema, registerFinalText } from '../../../services/workflow/register-final-text.js';
import { ReviewDraftSchema, reviewDraft } from '../../../services/workflow/review-draft.js';
import { VetDraftSchema, vetDraft } from '../../../services/workflow/vet-draft.js';
import { viewVetting } from '../../../services/workflow/view-vetting.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { RegisteredStepSchema, VettingResponseSchema } from '../../schemas/workflow-schemas.js';

const step = (cable: Cable) => ({
  cable: { id: cable.id, number: cable.number, subject: cable.subject, registeredAt: cable.registeredAt },
});

/** Drafts and their vetting (issue 14): each step a signed cable registered for the caller. */
export function vettingRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'POST',
    url: '/api/vetting',
    summary: 'Send a draft to its reviewers, with the rule they sign it off by',
    tag: 'workflow',
    auth: true,
    body: VetDraftSchema,
    responses: { 201: RegisteredStepSchema },
  });
  app.post('/api/vetting', async (request, reply) => {
    const { person } = requireCaller(request);
    return reply.status(201).send(step(await vetDraft(services, person.id, request.body)));
  });

  routes.add({
    method: 'GET',
    url: '/api/vetting/:draft',
    summary:
      "A draft's vetting: reviews as tracked changes, the sign-off status, the final text as it stands",
    tag: 'workflow',
    auth: true,
    responses: { 200: VettingResponseSchema },
  });
  app.get<{ Params: { draft: string } }>('/api/vetting/:draft', async (request) => {
    const { person } = requireCaller(request);
    return viewVetting(services, person.id, request.params.draft);
  });

  routes.add({
    method: 'POST',
    url: '/api/vetting/:draft/reviews',
    summary: 'Review a draft: edits with their reasons, no objections, or a refusal',
    tag: 'workflow',
    auth: true,
    body: ReviewDraftSchema,
    responses: { 201: RegisteredStepSchema },
  });
  app.post<{ Params: { draft: string } }>('/api/vetting/:draft/reviews', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await reviewDraft(services, person.id, request.params.draft, request.body);
    return reply.status(201).send(step(cable));
  });

  routes.add({
    method: 'POST',
    url: '/api/vetting/:draft/answers',
    summary: "The author's answers to the edits: each accepted or declined",
    tag: 'workflow',
    auth: true,
    body: AnswerEditsSchema,
    responses: { 201: RegisteredStepSchema },
  });
  app.post<{ Params: { draft: string } }>('/api/vetting/:draft/answers', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await answerEdits(services, person.id, request.params.draft, request.body);
    return reply.status(201).send(step(cable));
  });

  routes.add({
    method: 'POST',
    url: '/api/vetting/:draft/final',
    summary: 'Register the final text as its own cable, once the sign-off rule holds',
    tag: 'workflow',
    auth: true,
    body: FinalTextSchema,
    responses: { 201: RegisteredStepSchema },
  });
  app.post<{ Params: { draft: string } }>('/api/vetting/:draft/final', async (request, reply) => {
    const { person } = requireCaller(request);
    const cable = await registerFinalText(services, person.id, request.params.draft, request.body);
    return reply.status(201).send(step(cable));
  });
}

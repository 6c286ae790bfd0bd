import { queryOptions } from '@tanstack/react-query';
import { answerOf, client } from '../../api/client.js';
import type { paths } from '../../api/openapi.js';
import type { Answer } from '../../api/schema.js';
import type { DraftEdit } from './passage-edit.js';

/** A draft's vetting as the reader may see it (GET /api/vetting/{draft}). */
export type Vetting = Answer<'/api/vetting/{draft}', 'get'>;
export type VettingReview = Vetting['reviews'][number];
type Body<
  P extends '/api/vetting/{draft}/reviews' | '/api/vetting/{draft}/answers' | '/api/vetting/{draft}/final',
> = NonNullable<paths[P]['post']['requestBody']>['content']['application/json'];
export type FinalText = Body<'/api/vetting/{draft}/final'>;
export type EditAnswer = Body<'/api/vetting/{draft}/answers'>['answers'][number];

/** The vetting's query; every step taken invalidates it, and the cable it was opened from. */
export const vettingQuery = (draft: string) =>
  queryOptions({
    queryKey: ['vetting', draft],
    queryFn: () => answerOf(client.GET('/api/vetting/{draft}', { params: { path: { draft } } })),
    retry: false,
  });

/** Each step of the vetting, as the signed cable it registers. */
export const vettingSteps = {
  review(
    draft: string,
    review:
      | { verdict: 'edits'; edits: DraftEdit[] }
      | { verdict: 'no-objections' | 'refused'; reason?: string },
  ) {
    const params = { path: { draft } };
    return answerOf(client.POST('/api/vetting/{draft}/reviews', { params, body: review }));
  },
  answer(draft: string, answers: EditAnswer[]) {
    return answerOf(
      client.POST('/api/vetting/{draft}/answers', { params: { path: { draft } }, body: { answers } }),
    );
  },
  final(draft: string, final: FinalText) {
    return answerOf(client.POST('/api/vetting/{draft}/final', { params: { path: { draft } }, body: final }));
  },
};

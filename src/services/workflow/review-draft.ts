import { z } from 'zod';
import { EditSchema, notFound, REVIEW_VERDICTS } from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

export const ReviewDraftSchema = z.strictObject({
  verdict: z.enum(REVIEW_VERDICTS),
  edits: z.array(EditSchema).max(200).default([]),
  reason: z.string().trim().max(2000).optional(),
});

const SAYS = { edits: 'Edits', 'no-objections': 'No objections', refused: 'Refused' } as const;

/**
 * A reviewer's answer to a draft, registered as a signed `edit` cable in
 * reply to it and addressed to its author: edits (each with its reason), "no
 * objections", or a refusal. The payload's checks name what is wrong.
 */
export async function reviewDraft(
  services: Services,
  reviewer: string,
  reference: string,
  input: unknown,
): Promise<RegisteredCable> {
  const review = parseInput(ReviewDraftSchema, input);
  const found = await services.store.registry.readable(reviewer, reference);
  if (!found) throw notFound('cable');
  const draft = found.cable;
  const lines = [
    `${SAYS[review.verdict]} on ${draft.number}.`,
    ...(review.reason ? [review.reason] : []),
    ...review.edits.map(
      (edit, i) =>
        `${i + 1}. ${edit.original ? `"${edit.original}"` : 'at that place'} → ${edit.text ? `"${edit.text}"` : 'struck out'}: ${edit.reason}`,
    ),
  ];
  return registerCable(services, reviewer, {
    to: [draft.author],
    precedence: draft.precedence,
    classification: draft.classification,
    kind: 'edit',
    subject: `${SAYS[review.verdict]}: ${draft.subject}`.slice(0, 200),
    body: lines.join('\n'),
    inReplyTo: draft.id,
    issues: draft.issues,
    ...(draft.conference ? { conference: draft.conference } : {}),
    payload: { type: 'review', draft: draft.id, ...review },
  });
}

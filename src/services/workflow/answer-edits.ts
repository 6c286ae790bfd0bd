import { z } from 'zod';
import { EditAnswerSchema } from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { loadVetting } from './load-vetting.js';

export const AnswerEditsSchema = z.strictObject({ answers: z.array(EditAnswerSchema).min(1).max(400) });

/**
 * The author's answers to the edits of a draft's reviews, registered as a
 * signed reply to the draft, addressed to the reviewers answered: each edit
 * accepted or declined, with a note where the author gives one.
 */
export async function answerEdits(
  services: Services,
  author: string,
  reference: string,
  input: unknown,
): Promise<RegisteredCable> {
  const { answers } = parseInput(AnswerEditsSchema, input);
  const trail = await loadVetting(services, author, reference);
  const { draft } = trail;
  const reviewsAnswered = trail.reviews.filter((r) =>
    answers.some((a) => [r.cable, r.number].includes(a.review)),
  );
  const to = [...new Set(reviewsAnswered.map((r) => r.reviewer))];
  const lines = answers.map(
    (a) => `${a.review} edit ${a.edit + 1}: ${a.decision}${a.note ? ` (${a.note})` : ''}`,
  );
  return registerCable(services, author, {
    to: to.length > 0 ? to : trail.vetting.reviewers,
    precedence: draft.precedence,
    classification: draft.classification,
    kind: 'reply',
    subject: `Answers to the edits: ${draft.subject}`.slice(0, 200),
    body: lines.join('\n'),
    inReplyTo: draft.id,
    issues: draft.issues,
    ...(draft.conference ? { conference: draft.conference } : {}),
    payload: { type: 'edit-answers', draft: draft.id, answers },
  });
}

import { applyEdits, trackedChanges } from '../../core/index.js';
import type { Services } from '../services.js';
import { loadVetting } from './load-vetting.js';

/**
 * A draft's vetting as `reader` may see it (issue 14): each review's edits as
 * tracked changes with the author's decision on each, the sign-off status,
 * and the final text as it stands with its changes from the draft.
 */
export async function viewVetting(services: Services, reader: string, reference: string) {
  const trail = await loadVetting(services, reader, reference);
  const { draft, vetting, status } = trail;
  const decisions = new Map<string, 'accepted' | 'declined'>();
  for (const entry of trail.answers)
    for (const answer of entry.answers) decisions.set(`${answer.review}#${answer.edit}`, answer.decision);
  let finalText: string | null;
  try {
    finalText = applyEdits(draft.body, status.accepted);
  } catch {
    finalText = null;
  }
  return {
    draft: {
      id: draft.id,
      number: draft.number,
      author: draft.author,
      subject: draft.subject,
      body: draft.body,
      registeredAt: draft.registeredAt,
    },
    reviewers: status.reviewers,
    rule: vetting.rule,
    joint: vetting.joint,
    holds: status.holds,
    reviews: trail.reviews.map(({ cable, number, reviewer, registeredAt, review }) => ({
      cable,
      number,
      reviewer,
      registeredAt,
      verdict: review.verdict,
      reason: review.reason ?? null,
      edits: review.edits.map((edit, i) => ({ ...edit, decision: decisions.get(`${cable}#${i}`) ?? null })),
      changes: trackedChanges(draft.body, applyEdits(draft.body, review.edits)),
    })),
    finalText,
    changes: finalText === null ? [] : trackedChanges(draft.body, finalText),
    canFinish: draft.author === reader,
    canReview: vetting.reviewers.includes(reader),
  };
}

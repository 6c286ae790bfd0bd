import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../hooks/use-session.js';
import { cableLink } from '../../router/links.js';
import { CableTime } from '../cable-time.js';
import { ErrorNote } from '../error-note.js';
import { TrackedChanges } from './tracked-changes.js';
import { type EditAnswer, type Vetting, type VettingReview, vettingSteps } from './vetting-api.js';

const VERDICTS: Record<VettingReview['verdict'], string> = {
  edits: 'Edits',
  'no-objections': 'No objections',
  refused: 'Refused',
};

type Decision = EditAnswer['decision'];
const keyOf = (review: VettingReview, edit: number) => `${review.cable}#${edit}`;

/**
 * Every review of the draft, each as tracked changes with its edits and their
 * reasons; the author answers each edit still open (accept or decline), and
 * the answers are registered together as one signed cable.
 */
export function ReviewList({ vetting }: { vetting: Vetting }) {
  const { index } = useSession();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Record<string, Decision>>({});
  const answer = useMutation({
    mutationFn: (answers: EditAnswer[]) => vettingSteps.answer(vetting.draft.id, answers),
    onSuccess: () => {
      setChosen({});
      return queryClient.invalidateQueries({ queryKey: ['vetting'] });
    },
  });
  const answers: EditAnswer[] = vetting.reviews.flatMap((review) =>
    review.edits.flatMap((_, i) => {
      const decision = chosen[keyOf(review, i)];
      return decision ? [{ review: review.cable, edit: i, decision }] : [];
    }),
  );
  const open = vetting.canFinish && vetting.reviews.some((r) => r.edits.some((e) => e.decision === null));
  if (vetting.reviews.length === 0) return <p>No reviewer has answered yet.</p>;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews</h2>
      {vetting.reviews.map((review) => (
        <article key={review.cable} className="review" data-testid="review" data-reviewer={review.reviewer}>
          <h3>
            <Link {...cableLink(review.number)}>{review.number}</Link> {index.nameOf(review.reviewer)}:{' '}
            {VERDICTS[review.verdict]}, <CableTime at={review.registeredAt} />
          </h3>
          {review.reason && <p>{review.reason}</p>}
          {review.edits.length > 0 && (
            <>
              <TrackedChanges
                changes={review.changes}
                label={`The draft with ${index.nameOf(review.reviewer)}'s edits`}
              />
              <ol>
                {review.edits.map((edit, i) => (
                  <li key={keyOf(review, i)} data-testid="edit" data-decision={edit.decision ?? 'open'}>
                    {edit.text ? (
                      <>
                        <del>{edit.original}</del> <ins>{edit.text}</ins>
                      </>
                    ) : edit.original ? (
                      <del>{edit.original}</del>
                    ) : null}{' '}
                    — {edit.reason}{' '}
                    {edit.decision ? (
                      <strong>({edit.decision})</strong>
                    ) : vetting.canFinish ? (
                      <DecisionChoice
                        label={`Answer to edit ${i + 1} of ${review.number}`}
                        value={chosen[keyOf(review, i)] ?? null}
                        onChange={(decision) => setChosen({ ...chosen, [keyOf(review, i)]: decision })}
                      />
                    ) : (
                      <span className="muted">(awaiting the author)</span>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </article>
      ))}
      {open && (
        <div className="actions">
          <button
            type="button"
            disabled={answers.length === 0 || answer.isPending}
            onClick={() => answer.mutate(answers)}
          >
            Send the answers
          </button>
        </div>
      )}
      {answer.error && <ErrorNote message={answer.error.message} />}
    </section>
  );
}

function DecisionChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Decision | null;
  onChange: (decision: Decision) => void;
}) {
  return (
    <span role="radiogroup" aria-label={label} className="decision-choice">
      {(['accepted', 'declined'] as const).map((decision) => (
        <label key={decision}>
          <input type="radio" name={label} checked={value === decision} onChange={() => onChange(decision)} />{' '}
          {decision === 'accepted' ? 'Accept' : 'Decline'}
        </label>
      ))}
    </span>
  );
}

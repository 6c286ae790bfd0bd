import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { ErrorNote } from '../error-note.js';
import { TextField } from '../text-field.js';
import { type DraftEdit, editOfPassage, overlapsAny, previewOf } from './passage-edit.js';
import { TrackedChanges } from './tracked-changes.js';
import { type Vetting, vettingSteps } from './vetting-api.js';

type Review = Parameters<typeof vettingSteps.review>[1];

/**
 * A reviewer's answer to a draft: passages struck out or replaced, each with
 * its reason, shown as tracked changes before they are sent; or "no
 * objections"; or a refusal with its reason. Each is a signed cable.
 */
export function ReviewForm({ vetting }: { vetting: Vetting }) {
  const queryClient = useQueryClient();
  const body = vetting.draft.body;
  const [passage, setPassage] = useState('');
  const [replacement, setReplacement] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [edits, setEdits] = useState<DraftEdit[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const send = useMutation({
    mutationFn: (review: Review) => vettingSteps.review(vetting.draft.id, review),
    onSuccess: () => {
      setEdits([]);
      setNote('');
      return queryClient.invalidateQueries({ queryKey: ['vetting'] });
    },
  });
  const blamed = problem?.field ?? (send.error instanceof ApiError ? send.error.field : undefined);

  function addEdit(event: FormEvent) {
    event.preventDefault();
    try {
      const edit = editOfPassage(body, passage, replacement, reason);
      if (overlapsAny(edit, edits))
        throw new ApiError(400, 'invalid-input', 'passage: overlaps an edit already made', 'passage');
      setEdits([...edits, edit].sort((a, b) => a.from - b.from));
      setPassage('');
      setReplacement('');
      setReason('');
      setProblem(null);
    } catch (caught) {
      if (caught instanceof ApiError) setProblem(caught);
      else throw caught;
    }
  }

  return (
    <section aria-labelledby="review-heading" className="review-form">
      <h2 id="review-heading">Your review</h2>
      <form onSubmit={addEdit} noValidate>
        <TextField
          label="Passage (quote the words of the draft)"
          name="passage"
          rows={2}
          value={passage}
          onChange={setPassage}
          error={blamed === 'passage' ? problem?.message : null}
        />
        <TextField
          label="Replace with (leave empty to strike it out)"
          name="replacement"
          value={replacement}
          onChange={setReplacement}
        />
        <TextField
          label="Reason"
          name="reason"
          value={reason}
          onChange={setReason}
          error={blamed === 'reason' ? problem?.message : null}
        />
        <button type="submit" className="secondary">
          {replacement === '' ? 'Strike it out' : 'Replace it'}
        </button>
      </form>
      {edits.length > 0 && (
        <>
          <h3>Your edits, as the draft would read</h3>
          <TrackedChanges changes={previewOf(body, edits)} label="The draft with your edits" />
          <ol>
            {edits.map((edit) => (
              <li key={`${edit.from}-${edit.to}`}>
                {edit.text
                  ? `Replace “${edit.original.trim()}” by “${edit.text}”`
                  : `Strike “${edit.original.trim()}”`}
                : {edit.reason}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setEdits(edits.filter((other) => other !== edit))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={edits.length === 0 || send.isPending}
          onClick={() => send.mutate({ verdict: 'edits', edits })}
        >
          Send {edits.length === 1 ? 'the edit' : `the ${edits.length} edits`}
        </button>
      </div>
      <TextField label="Note (for no objections or a refusal)" name="note" value={note} onChange={setNote} />
      <div className="actions">
        <button
          type="button"
          disabled={edits.length > 0 || send.isPending}
          onClick={() => send.mutate({ verdict: 'no-objections', ...(note.trim() ? { reason: note } : {}) })}
        >
          No objections
        </button>
        <button
          type="button"
          className="secondary"
          disabled={edits.length > 0 || send.isPending}
          onClick={() => send.mutate({ verdict: 'refused', ...(note.trim() ? { reason: note } : {}) })}
        >
          Refuse
        </button>
      </div>
      {send.error && <ErrorNote message={send.error.message} />}
      {send.isSuccess && <p role="status">Your review is registered as {send.data.cable.number}.</p>}
    </section>
  );
}

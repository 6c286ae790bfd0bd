import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/api-error.js';
import { queries } from '../../api/queries.js';
import type { Conference, ConferencePlan } from '../../api/schema.js';
import { ErrorNote } from '../error-note.js';
import { MoveEditor } from './move-editor.js';
import { blamedMove, blankMove, type MoveDraft } from './report-form.js';

interface MoveComposerProps {
  conference: Conference & { plan: ConferencePlan };
  moves: MoveDraft[];
  onChange: (moves: MoveDraft[]) => void;
  /** The issue a new move starts on: the first of the cable's issue tags on the plan. */
  suggestedIssue: string;
  error: ApiError | null;
}

/**
 * A report's moves at the table (PRODUCT.md §Move), in the order they
 * happened. Each of ours shows the verdict it would get before it is sent.
 */
export function MoveComposer({ conference, moves, onChange, suggestedIssue, error }: MoveComposerProps) {
  // A directive that arrives invalidates the mandates (live-cache.ts): the ladders load again, and
  // the what-ifs are asked again; meanwhile the moves keep the ladders they show.
  const mandates = useQuery(queries.mandates(conference.id));
  const known = mandates.data;
  const refresh = mandates.dataUpdatedAt;
  /** Undefined until the ladders first load; null for an issue without a mandate. */
  const mandateOf = (issue: string) =>
    known ? (known.mandates.find((m) => m.issue.id === issue)?.mandate ?? null) : undefined;
  const blame = blamedMove(error?.field);
  const other = error?.field?.startsWith('payload') && !blame ? error.message : null;
  const add = (side: MoveDraft['side']) =>
    onChange([...moves, blankMove(moves.at(-1)?.issue ?? suggestedIssue, side)]);
  return (
    <fieldset className="composer" data-field="payload" data-testid="move-composer">
      <legend>Moves at the table</legend>
      <ErrorNote message={other} />
      {moves.length === 0 && (
        <p className="muted">No moves yet: the report carries none unless you add them.</p>
      )}
      <ol className="changes">
        {moves.map((draft, i) => (
          <li key={draft.key}>
            <MoveEditor
              draft={draft}
              index={i}
              conference={conference.id}
              plan={conference.plan}
              mandate={mandateOf(draft.issue)}
              refresh={refresh}
              problem={
                blame?.move === i && error
                  ? error.message.replace(/^payload\.moves\[\d+\](\.|: )?/, '')
                  : null
              }
              onChange={(next) => onChange(moves.map((m) => (m.key === draft.key ? next : m)))}
              onRemove={() => onChange(moves.filter((m) => m.key !== draft.key))}
            />
          </li>
        ))}
      </ol>
      <div className="add-row">
        <button type="button" className="secondary" onClick={() => add('ours')}>
          Add our move
        </button>
        <button type="button" className="secondary" onClick={() => add('theirs')}>
          Add their move
        </button>
      </div>
    </fieldset>
  );
}

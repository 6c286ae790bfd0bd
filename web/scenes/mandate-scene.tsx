import { api } from '../api/api.js';
import { ErrorNote } from '../components/error-note.js';
import { AsOfPicker } from '../components/mandate/as-of-picker.js';
import { namesFrom } from '../components/mandate/describe-mandate.js';
import { MandateClauses } from '../components/mandate/mandate-clauses.js';
import { MandateHistory } from '../components/mandate/mandate-history.js';
import { MandateLadder } from '../components/mandate/mandate-ladder.js';
import { mandateHref } from '../hooks/parse-route.js';
import { useAsync } from '../hooks/use-async.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';

interface MandateSceneProps {
  conference: string | null;
  issue: string;
  at: string | null;
}

/**
 * One issue's mandate as it stood at a date (now by default): the ladder with
 * the authority line, red lines, linkages, each clause with its directive;
 * then the history of directives on the issue.
 */
export function MandateScene({ conference, issue, at }: MandateSceneProps) {
  const conferences = useConferences();
  const chosen = conferences.status === 'done' ? chooseConference(conferences.value, conference) : null;
  const id = chosen?.id ?? null;
  const state = useAsync(
    () => (id ? api.mandate(id, issue, at ?? undefined) : Promise.resolve(null)),
    [id, issue, at],
  );

  if (state.status === 'failed') {
    return (
      <main>
        <ErrorNote message={state.error.message} />
        <a href={mandateHref({ conference: id })}>All issues</a>
      </main>
    );
  }
  if (state.status === 'loading' || !state.value || !chosen) return <main className="muted">Loading…</main>;
  const { mandate, history } = state.value;
  const names = namesFrom(chosen.plan, [
    ...(mandate ? [mandate.ladder] : []),
    ...history.flatMap((entry) => entry.changes.flatMap((c) => (c.op === 'set-ladder' ? [c.ladder] : []))),
  ]);
  const planned = state.value.issue;
  return (
    <main className="mandate-page">
      <p className="crumbs">
        <a href={mandateHref({ conference: chosen.id, at })}>Mandates · {chosen.name}</a>
      </p>
      <h1>{planned.title}</h1>
      <p className="muted issue-facts">
        <code>{planned.id}</code> · decided by {planned.decision}
        {planned.participants && ` · taken part in by ${planned.participants.map(names.party).join(', ')}`}
      </p>
      <div className="toolbar">
        <AsOfPicker
          at={at}
          onChange={(date) => {
            window.location.hash = mandateHref({ conference: chosen.id, issue, at: date });
          }}
        />
        <span className="muted" data-testid="as-of">
          {at ? `The mandate as it stood at the end of ${at} (UTC)` : 'The mandate in force now'}
        </span>
      </div>
      {mandate ? (
        <div className="mandate" data-testid="mandate">
          <MandateLadder mandate={mandate} />
          <MandateClauses mandate={mandate} names={names} />
        </div>
      ) : (
        <p className="no-mandate" data-testid="mandate">
          No mandate: no directive you may read had given one {at ? 'by then' : 'yet'}. Any move of ours on
          this issue is UNMANDATED.
        </p>
      )}
      <MandateHistory history={history} at={state.value.at} names={names} />
    </main>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import { ErrorNote } from '../components/error-note.js';
import { AsOfPicker } from '../components/mandate/as-of-picker.js';
import { namesFrom } from '../components/mandate/describe-mandate.js';
import { MandateClauses } from '../components/mandate/mandate-clauses.js';
import { MandateHistory } from '../components/mandate/mandate-history.js';
import { MandateLadder } from '../components/mandate/mandate-ladder.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDay } from '../format/date-time.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { mandateLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

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
  const navigate = useNavigate();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.id ?? null;
  const state = useQuery({ ...queries.mandate(id ?? '', issue, at), enabled: Boolean(id) });
  usePageTitle(state.data ? `Mandate: ${state.data.issue.title}` : state.isError ? 'No such mandate' : null);

  const failure = conferences.error ?? state.error;
  if (failure) {
    return (
      <main>
        <PageHeading>The mandate could not be shown</PageHeading>
        <ErrorNote message={failure.message} />
        <Link {...mandateLink({ conference: id })}>All issues</Link>
      </main>
    );
  }
  if (!state.data || !chosen) return <main className="muted">Loading…</main>;
  const { mandate, history } = state.data;
  const names = namesFrom(chosen.plan, [
    ...(mandate ? [mandate.ladder] : []),
    ...history.flatMap((entry) => entry.changes.flatMap((c) => (c.op === 'set-ladder' ? [c.ladder] : []))),
  ]);
  const planned = state.data.issue;
  return (
    <main className="mandate-page">
      <p className="crumbs">
        <Link {...mandateLink({ conference: chosen.id, at })}>Mandates · {chosen.name}</Link>
      </p>
      <PageHeading>{planned.title}</PageHeading>
      <p className="muted issue-facts">
        <code>{planned.id}</code> · decided by {planned.decision}
        {planned.participants && ` · taken part in by ${planned.participants.map(names.party).join(', ')}`}
      </p>
      <div className="toolbar">
        <AsOfPicker
          at={at}
          onChange={(date) => void navigate(mandateLink({ conference: chosen.id, issue, at: date }))}
        />
        <span className="muted" data-testid="as-of">
          {at ? `The mandate as it stood at the end of ${formatDay(at)} (UTC)` : 'The mandate in force now'}
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
      <MandateHistory history={history} at={state.data.at} names={names} />
    </main>
  );
}

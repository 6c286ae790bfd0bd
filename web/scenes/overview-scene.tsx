import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import type { Overview } from '../api/schema.js';
import { AuthorName } from '../components/author-name.js';
import { CableTable } from '../components/cable-table.js';
import { CableTime } from '../components/cable-time.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { PrecedenceBadge } from '../components/precedence-badge.js';
import { RegistryNumber } from '../components/registry-number.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { useIssueTitles } from '../hooks/use-issue-titles.js';
import { cableLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * What needs the reader now, most pressing first: moves outside the mandate
 * not yet looked at, queries waiting for an answer, urgent cables unopened.
 * Each part says plainly when it is empty; an error is shown instead of the
 * parts, never beside them.
 */
export function OverviewScene() {
  const state = useQuery(queries.overview());
  usePageTitle('Overview');
  return (
    <main className="overview">
      <PageHeading>What needs you now</PageHeading>
      {state.isPending ? (
        <p className="muted">Loading…</p>
      ) : state.isError ? (
        <ErrorNote message={`The overview could not be loaded: ${state.error.message}`} />
      ) : (
        <OverviewParts overview={state.data} />
      )}
    </main>
  );
}

function OverviewParts({ overview }: { overview: Overview }) {
  const issueTitle = useIssueTitles();
  return (
    <>
      <section aria-labelledby="moves-heading" className="overview-part">
        <h2 id="moves-heading">Moves outside the mandate ({overview.moves.length})</h2>
        {overview.moves.length === 0 ? (
          <p className="muted">No reported move waits for you: none outside the mandate is unseen.</p>
        ) : (
          <ul className="move-alerts">
            {overview.moves.map(({ report, idx, verdict, raisedAt }) => (
              <li key={`${report.id}:${idx}`}>
                <VerdictBadge verdict={verdict} />{' '}
                <Link {...cableLink(report.id)}>
                  {report.subject} <span className="muted">(move {idx + 1})</span>
                </Link>
                <span className="muted row-meta">
                  <RegistryNumber number={report.number} /> <PrecedenceBadge precedence={report.precedence} />{' '}
                  <AuthorName cable={report} /> · <CableTime at={raisedAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="queries-heading" className="overview-part">
        <h2 id="queries-heading">Queries waiting for your answer ({overview.queries.length})</h2>
        {overview.queries.length === 0 ? (
          <p className="muted">You have answered every query to you.</p>
        ) : (
          <CableTable
            cables={overview.queries}
            caption="Queries waiting for your answer"
            issueTitle={issueTitle}
          />
        )}
      </section>
      <section aria-labelledby="urgent-heading" className="overview-part">
        <h2 id="urgent-heading">Urgent and unopened ({overview.urgent.length})</h2>
        {overview.urgent.length === 0 ? (
          <p className="muted">No FLASH or IMMEDIATE cable to you is unopened.</p>
        ) : (
          <CableTable cables={overview.urgent} caption="Urgent and unopened" issueTitle={issueTitle} />
        )}
      </section>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import { ArchiveDownloads } from '../components/archive-downloads.js';
import { ErrorNote } from '../components/error-note.js';
import { IssueChart } from '../components/map/issue-chart.js';
import { StanceTable } from '../components/map/stance-table.js';
import { StatusBadge } from '../components/map/status-badge.js';
import { PageHeading } from '../components/page-heading.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { usePartyNames } from '../hooks/use-party-names.js';
import { cableLink, recordLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * One issue's negotiation map: its status and how it got there, the gap, the
 * chart of every party's stances with our mandate drawn across (when the
 * reader holds it), and the same as a table. Live as reports arrive.
 */
export function IssueMapScene({ conference, issue }: { conference: string | null; issue: string }) {
  const conferences = useConferences();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.id ?? null;
  const state = useQuery({ ...queries.issueMap(id ?? '', issue), enabled: Boolean(id) });
  const partyName = usePartyNames(chosen);
  usePageTitle(state.data ? `Map: ${state.data.issue.title}` : state.isError ? 'No such issue' : null);
  const failure = conferences.error ?? state.error;
  if (failure) {
    return (
      <main>
        <PageHeading>The map could not be shown</PageHeading>
        <ErrorNote message={failure.message} />
        <Link {...recordLink({ conference: id, map: true })}>All issues</Link>
      </main>
    );
  }
  if (!state.data || !chosen) return <main className="muted">Loading…</main>;
  const map = state.data;
  return (
    <main className="issue-map">
      <p className="crumbs">
        <Link {...recordLink({ conference: chosen.id, map: true })}>Negotiation map · {chosen.name}</Link>
      </p>
      <PageHeading>{map.issue.title}</PageHeading>
      <p className="issue-facts">
        <StatusBadge status={map.status} />
        {map.statusSince && <span> since {map.statusSince.slice(0, 10)}</span>} · Gap: {map.gap.text}
      </p>
      <ArchiveDownloads query={{ issue, conference: chosen.id }} what="this issue's cables" />
      {map.statusHistory.length > 0 && (
        <ol className="status-history" data-testid="status-history">
          {map.statusHistory.map((change) => (
            <li key={`${change.at}:${change.status}`} data-status={change.status}>
              {change.at.slice(0, 10)}: <StatusBadge status={change.status} /> — {change.text}{' '}
              <Link {...cableLink(change.cable.number)}>{change.cable.number}</Link>
            </li>
          ))}
        </ol>
      )}
      {!map.mandate && <p className="muted">No mandate you may read is drawn on this issue.</p>}
      <IssueChart map={map} partyName={partyName} />
      <StanceTable map={map} partyName={partyName} />
    </main>
  );
}

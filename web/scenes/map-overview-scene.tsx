import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import { ErrorNote } from '../components/error-note.js';
import { ConferencePicker } from '../components/mandate/conference-picker.js';
import { StatusBadge } from '../components/map/status-badge.js';
import { PageHeading } from '../components/page-heading.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { useLastLooked } from '../hooks/use-last-looked.js';
import { recordLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * Every issue of a conference at a glance (PRODUCT.md §Negotiation map): its
 * status and since when, the gap, each party's latest stance; the issues that
 * moved since the reader last looked come first, marked.
 */
export function MapOverviewScene({ conference }: { conference: string | null }) {
  const conferences = useConferences();
  const navigate = useNavigate();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.plan ? chosen.id : null;
  const since = useLastLooked(id);
  const overview = useQuery({ ...queries.mapOverview(id ?? '', since), enabled: Boolean(id) });
  usePageTitle('Negotiation map');
  const parties = overview.data?.parties ?? [];
  return (
    <main className="map-overview">
      <PageHeading>Negotiation map</PageHeading>
      {conferences.data && (
        <div className="toolbar">
          <ConferencePicker
            conferences={conferences.data}
            value={chosen?.id ?? ''}
            onChange={(c) => void navigate(recordLink({ conference: c, map: true }))}
          />
          {id && <Link {...recordLink({ conference: id })}>Sessions and their record</Link>}
          <span className="muted">
            {since
              ? `Marked: moved since you last looked (${since.slice(0, 16).replace('T', ' ')} UTC)`
              : 'First look: every issue that has moved is marked'}
          </span>
        </div>
      )}
      <ErrorNote message={(conferences.error ?? overview.error)?.message ?? null} />
      {overview.data && chosen && (
        <ScrollRegion label="Issues at a glance">
          <table className="overview-table">
            <caption className="visually-hidden">Issues of {chosen.name}</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col">Status</th>
                <th scope="col">Gap</th>
                {parties.map((party) => (
                  <th scope="col" key={party.id}>
                    {party.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overview.data.issues.map((row) => (
                <tr
                  key={row.issue.id}
                  data-testid="overview-row"
                  data-issue={row.issue.id}
                  data-moved={row.moved}
                >
                  <th scope="row">
                    {row.moved && <span className="moved-mark">● moved </span>}
                    <Link {...recordLink({ conference: chosen.id, map: true, issue: row.issue.id })}>
                      {row.issue.title}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge status={row.status} />
                    {row.statusSince && <span className="muted"> since {row.statusSince.slice(0, 10)}</span>}
                  </td>
                  <td>{row.gap.text}</td>
                  {parties.map((party) => (
                    <td key={party.id}>
                      {row.parties.find((p) => p.party === party.id)?.latest ?? (
                        <span className="muted">—</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {chosen && !chosen.plan && <p className="muted">This conference has no plan of issues.</p>}
    </main>
  );
}

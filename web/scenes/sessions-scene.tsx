import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import { ErrorNote } from '../components/error-note.js';
import { ConferencePicker } from '../components/mandate/conference-picker.js';
import { PageHeading } from '../components/page-heading.js';
import { RecordFlags } from '../components/record/record-flags.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { recordLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/** A conference's sessions with how much of each is on record and what is missing, from the cables the reader may read. */
export function SessionsScene({ conference }: { conference: string | null }) {
  const conferences = useConferences();
  const navigate = useNavigate();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.plan ? chosen.id : null;
  const sessions = useQuery({ ...queries.sessions(id ?? ''), enabled: Boolean(id) });
  usePageTitle('Record');
  const failure = conferences.error ?? sessions.error;
  return (
    <main className="record">
      <PageHeading>Record</PageHeading>
      {conferences.data && (
        <div className="toolbar">
          <ConferencePicker
            conferences={conferences.data}
            value={chosen?.id ?? ''}
            onChange={(c) => void navigate(recordLink({ conference: c }))}
          />
          {id && <Link {...recordLink({ conference: id, map: true })}>Negotiation map</Link>}
        </div>
      )}
      <ErrorNote message={failure?.message ?? null} />
      {!chosen?.plan ? (
        <p className="muted">This conference has no plan of sessions.</p>
      ) : !sessions.data ? (
        <p className="muted">Loading…</p>
      ) : (
        <ScrollRegion label="Sessions">
          <table className="sessions-table">
            <caption className="visually-hidden">Sessions of {chosen.name}</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Place</th>
                <th scope="col">Accounts</th>
                <th scope="col">Entries</th>
                <th scope="col">Missing</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.sessions.map(({ session, accounts, entries, flags }) => (
                <tr key={session.id} data-testid="session-row" data-session={session.id}>
                  <th scope="row">
                    <Link {...recordLink({ conference: chosen.id, session: session.id })}>
                      {session.date.slice(0, 10)}
                    </Link>{' '}
                    <code className="muted">{session.id}</code>
                  </th>
                  <td>{session.place}</td>
                  <td>{accounts}</td>
                  <td>{entries}</td>
                  <td>
                    {flags.length === 0 ? (
                      <span className="muted">nothing</span>
                    ) : (
                      <RecordFlags flags={flags} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </main>
  );
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { answerOf, client } from '../api/client.js';
import type { Answer } from '../api/schema.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDay } from '../format/date-time.js';
import { useIssueTitles } from '../hooks/use-issue-titles.js';
import { useSession } from '../hooks/use-session.js';
import { recordLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

type Delegation = Answer<'/api/delegation', 'get'>;
type SessionToday = Delegation['sessions'][number];

// Under the overview's key: every live cable or alert that refreshes the overview refreshes this too.
const delegationQuery = () =>
  queryOptions({
    queryKey: ['overview', 'delegation'],
    queryFn: () => answerOf(client.GET('/api/delegation')),
  });

/**
 * The delegation's day: the sessions it sits in today, the authority it is
 * still waiting for, and the directives of the last day, kept live.
 */
export function DelegationScene() {
  const state = useQuery(delegationQuery());
  const issueTitle = useIssueTitles();
  usePageTitle('Delegation');
  if (state.isPending)
    return (
      <main>
        <PageHeading>Today at the conference</PageHeading>
        <p className="muted">Loading…</p>
      </main>
    );
  if (state.isError)
    return (
      <main>
        <PageHeading>Today at the conference</PageHeading>
        <ErrorNote message={`The delegation's day could not be loaded: ${state.error.message}`} />
      </main>
    );
  const view = state.data;
  return (
    <main className="overview delegation">
      <PageHeading>Today at the conference, {formatDay(view.today)}</PageHeading>
      <section aria-labelledby="sessions-heading" className="overview-part">
        <h2 id="sessions-heading">Today’s sessions ({view.sessions.length})</h2>
        {view.sessions.length === 0 ? (
          <p className="muted">
            No session is planned today
            {view.next ? (
              <>
                ; the next: <SessionLine session={view.next} />
              </>
            ) : (
              ' in the plans you may read'
            )}
            .
          </p>
        ) : (
          <ul>
            {view.sessions.map((session) => (
              <li key={`${session.conference}:${session.session.id}`}>
                <SessionLine session={session} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="requests-heading" className="overview-part">
        <h2 id="requests-heading">Authority requests waiting for an answer ({view.requests.length})</h2>
        {view.requests.length === 0 ? (
          <p className="muted">Every query you sent has been answered.</p>
        ) : (
          <CableTable cables={view.requests} caption="Authority requests waiting" issueTitle={issueTitle} />
        )}
      </section>
      <section aria-labelledby="directives-heading" className="overview-part">
        <h2 id="directives-heading">Directives since yesterday ({view.directives.length})</h2>
        {view.directives.length === 0 ? (
          <p className="muted">No directive you may read was registered since yesterday.</p>
        ) : (
          <CableTable cables={view.directives} caption="Directives since yesterday" issueTitle={issueTitle} />
        )}
      </section>
    </main>
  );
}

function SessionLine({ session: { conference, session } }: { session: SessionToday }) {
  const { index } = useSession();
  return (
    <>
      <Link {...recordLink({ conference, session: session.id })}>
        {formatDay(session.date)}, {session.place || 'place not set'}
      </Link>
      {session.participants.length > 0 && (
        <span className="muted"> · {session.participants.map((id) => index.nameOf(id)).join(', ')}</span>
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import type { SessionRecord } from '../api/schema.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { AccountsSideBySide } from '../components/record/accounts-side-by-side.js';
import { RecordEntries } from '../components/record/record-entries.js';
import { RecordFlags } from '../components/record/record-flags.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { usePartyNames } from '../hooks/use-party-names.js';
import { recordLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

/**
 * One session's record (PRODUCT.md §Record): what is missing first, then the
 * agenda, who sat for each party, every entry with its source, and the
 * accounts side by side. Live: a report or record that arrives is shown.
 */
export function SessionScene({ conference, session }: { conference: string | null; session: string }) {
  const conferences = useConferences();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const id = chosen?.id ?? null;
  const state = useQuery({ ...queries.sessionRecord(id ?? '', session), enabled: Boolean(id) });
  const partyName = usePartyNames(chosen);
  usePageTitle(
    state.data
      ? `Session of ${state.data.session.date.slice(0, 10)}`
      : state.isError
        ? 'No such session'
        : null,
  );
  const failure = conferences.error ?? state.error;
  if (failure) {
    return (
      <main>
        <PageHeading>The session could not be shown</PageHeading>
        <ErrorNote message={failure.message} />
        <Link {...recordLink({ conference: id })}>All sessions</Link>
      </main>
    );
  }
  if (!state.data || !chosen) return <main className="muted">Loading…</main>;
  const record = state.data;
  return (
    <main className="session-page">
      <p className="crumbs">
        <Link {...recordLink({ conference: chosen.id })}>Record · {chosen.name}</Link>
      </p>
      <PageHeading>
        Session of {record.session.date.slice(0, 10)}, {record.session.place}
      </PageHeading>
      <RecordFlags flags={record.flags} />
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <ul className="agenda">
          {record.agenda.map((issue) => (
            <li key={issue}>
              <Link {...recordLink({ conference: chosen.id, map: true, issue })}>
                {chosen.plan?.issues.find((i) => i.id === issue)?.title ?? issue}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <Participants participants={record.participants} partyName={partyName} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Entries</h2>
        <RecordEntries entries={record.entries} partyName={partyName} />
      </section>
      <AccountsSideBySide aligned={record.aligned} partyName={partyName} />
    </main>
  );
}

function Participants({
  participants,
  partyName,
}: {
  participants: SessionRecord['participants'];
  partyName: (id: string) => string;
}) {
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Participants</h2>
      <ul className="participants">
        {participants.map((p) => (
          <li key={p.party}>
            <strong>{partyName(p.party)}</strong>
            {p.people.length > 0 && `: ${p.people.join(', ')}`}
            {p.problems.map((problem) => (
              <span key={problem} className="out-of-rule">
                {' '}
                <span aria-hidden="true">⚠</span> {problem}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

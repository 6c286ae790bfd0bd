import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { queries } from '../api/queries.js';
import type { DeadlineState, DeadlineView } from '../api/schema.js';
import { ErrorNote } from '../components/error-note.js';
import { ConferencePicker } from '../components/mandate/conference-picker.js';
import { PageHeading } from '../components/page-heading.js';
import { RegistryNumber } from '../components/registry-number.js';
import { ScrollRegion } from '../components/scroll-region.js';
import { formatUtc } from '../format/date-time.js';
import { chooseConference, useConferences } from '../hooks/use-conferences.js';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import { usePageTitle } from '../router/use-page-title.js';

const STATE_WORDS: Record<DeadlineState, string> = {
  open: 'Open',
  met: 'Met',
  lapsed: 'Lapsed',
  pending: 'Not yet running',
};

/**
 * A conference's deadlines, or one person's: open, met, lapsed and pending,
 * soonest first, from the cables the reader may read; and the warnings and
 * lapses the reader's own deadlines gave them, which arrive live.
 */
export function DeadlinesScene({ conference, person }: { conference: string | null; person: string | null }) {
  const { directory } = useSession();
  const conferences = useConferences();
  const navigate = useNavigate();
  const chosen = conferences.data ? chooseConference(conferences.data, conference) : null;
  const deadlines = useQuery({ ...queries.deadlines(chosen?.id ?? '', person), enabled: Boolean(chosen) });
  const alerts = useQuery(queries.deadlineAlerts());
  usePageTitle('Deadlines');
  const go = (place: { conference?: string; person?: string | null }) => {
    const search = { conference: chosen?.id, person: person ?? undefined, ...place };
    void navigate({ to: '/deadlines', search: { ...search, person: search.person ?? undefined } });
  };
  const nameOf = (id: string) => directory.people.find((p) => p.id === id)?.name ?? id;

  if (conferences.isPending) return <main className="muted">Loading…</main>;
  if (conferences.isError) return <ErrorNote message={conferences.error.message} />;
  return (
    <main className="deadlines">
      <PageHeading>Deadlines</PageHeading>
      <div className="toolbar">
        <ConferencePicker
          conferences={conferences.data}
          value={chosen?.id ?? ''}
          onChange={(c) => go({ conference: c })}
        />
        <div className="conference-picker">
          <label htmlFor="deadline-person">Person</label>
          <select
            id="deadline-person"
            value={person ?? ''}
            onChange={(event) => go({ person: event.target.value || null })}
          >
            <option value="">Everyone</option>
            {directory.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section aria-labelledby="deadline-alerts-heading">
        <h2 id="deadline-alerts-heading">Your deadline alerts</h2>
        <ul aria-live="polite" data-testid="deadline-alerts">
          {(alerts.data ?? []).map((alert) => (
            <li key={`${alert.cable.id}-${alert.deadline.id}-${alert.firing}`} data-testid="deadline-alert">
              {alert.firing === 'lapse'
                ? 'Lapsed'
                : `Warning (${alert.firing.replace('warning-', '').replaceAll('-', ' ')} before)`}
              : {alert.deadline.description}, due {formatUtc(alert.dueAt)} — set by{' '}
              <Link {...cableLink(alert.cable.id)}>
                <RegistryNumber number={alert.cable.number} />
              </Link>
            </li>
          ))}
        </ul>
        {alerts.data?.length === 0 && <p className="muted">No deadline has warned you yet.</p>}
      </section>
      <section aria-labelledby="deadline-list-heading">
        <h2 id="deadline-list-heading">
          {person ? `Deadlines of ${nameOf(person)}` : 'All deadlines'} in {chosen?.name}
        </h2>
        {deadlines.isPending ? (
          <p className="muted">Loading…</p>
        ) : deadlines.isError ? (
          <ErrorNote message={deadlines.error.message} />
        ) : deadlines.data.deadlines.length === 0 ? (
          <p className="muted">No deadlines in the cables you may read.</p>
        ) : (
          <ScrollRegion label="Table of deadlines">
            <table className="mandate-table deadline-table">
              <caption className="visually-hidden">Deadlines, soonest first</caption>
              <thead>
                <tr>
                  <th scope="col">State</th>
                  <th scope="col">Due</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Must act</th>
                  <th scope="col">Set by</th>
                  <th scope="col">Met by</th>
                </tr>
              </thead>
              <tbody>
                {deadlines.data.deadlines.map((deadline) => (
                  <DeadlineRow
                    key={`${deadline.cable.id}-${deadline.id}`}
                    deadline={deadline}
                    nameOf={nameOf}
                  />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </main>
  );
}

function DeadlineRow({ deadline, nameOf }: { deadline: DeadlineView; nameOf: (id: string) => string }) {
  return (
    <tr data-testid="deadline-row" data-deadline={deadline.id} data-state={deadline.state}>
      <td>
        <span className={`deadline-state deadline-${deadline.state}`}>{STATE_WORDS[deadline.state]}</span>
      </td>
      <td>{deadline.dueAt ? formatUtc(deadline.dueAt) : '—'}</td>
      <th scope="row">{deadline.description}</th>
      <td>{deadline.actors.map(nameOf).join(', ')}</td>
      <td>
        <Link {...cableLink(deadline.cable.id)}>
          <RegistryNumber number={deadline.cable.number} />
        </Link>
      </td>
      <td>
        {deadline.metBy ? (
          <Link {...cableLink(deadline.metBy.cable.id)}>
            <RegistryNumber number={deadline.metBy.cable.number} />
          </Link>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

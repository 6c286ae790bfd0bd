import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type AuditPage, registryQueries } from '../../api/registry-api.js';
import { CableTime } from '../../components/cable-time.js';
import { ErrorNote } from '../../components/error-note.js';
import { AuditFilters } from '../../components/registry/audit-filters.js';
import { RegistryPage } from '../../components/registry/registry-page.js';
import { ScrollRegion } from '../../components/scroll-region.js';
import { useSession } from '../../hooks/use-session.js';
import { auditFiltersOf, type auditSearch } from '../../router/audit-search.js';

type Entry = AuditPage['entries'][number];

/**
 * The hash-chained audit log for the registry clerk and auditors: who did
 * what and when, narrowed by actor, family of action and days, fifty entries
 * a page, newest first.
 */
export function AuditScene({ search }: { search: ReturnType<typeof auditSearch> }) {
  const log = useInfiniteQuery(registryQueries.audit(auditFiltersOf(search)));
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const families = log.data?.pages[0]?.families ?? [];
  return (
    <RegistryPage title="Audit log">
      <AuditFilters search={search} families={families} />
      {log.isPending && <p className="muted">Loading…</p>}
      <ErrorNote message={log.error ? `The audit log could not be loaded: ${log.error.message}` : null} />
      {log.data && entries.length === 0 && <p className="muted">No audit entry matches these filters.</p>}
      {entries.length > 0 && (
        <ScrollRegion label="Audit entries">
          <table className="setup-table audit-table" data-testid="audit-entries">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Subject</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.seq} entry={entry} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          className="link-button"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? 'Loading…' : 'Older entries'}
        </button>
      )}
    </RegistryPage>
  );
}

function AuditRow({ entry }: { entry: Entry }) {
  const { index } = useSession();
  const number = typeof entry.detail.entry === 'string' ? entry.detail.entry : null;
  const detail = Object.entries(entry.detail)
    .filter(([name]) => name !== 'entry')
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
  return (
    <tr data-action={entry.action}>
      <td>{entry.seq}</td>
      <td>
        <CableTime at={entry.at} />
      </td>
      <td>{entry.actor ? index.nameOf(entry.actor) : 'the server or its operator'}</td>
      <td>
        <code>{entry.action}</code>
      </td>
      <td>
        {number ? (
          <Link to="/cable/$ref" params={{ ref: number }} className="registry-number">
            {number}
          </Link>
        ) : (
          entry.subject
        )}
      </td>
      <td className="audit-detail">{detail}</td>
    </tr>
  );
}

import { useNavigate } from '@tanstack/react-router';
import type { AuditFamily } from '../../api/registry-api.js';
import { useSession } from '../../hooks/use-session.js';
import type { auditSearch } from '../../router/audit-search.js';

type Search = ReturnType<typeof auditSearch>;

/** The audit log's filters, kept in the address so a narrowed log can be bookmarked and shared. */
export function AuditFilters({ search, families }: { search: Search; families: readonly AuditFamily[] }) {
  const navigate = useNavigate();
  const { directory } = useSession();
  const set = (name: keyof Search, value: string) =>
    void navigate({
      to: '/registry/audit',
      search: { ...search, [name]: value || undefined },
      replace: true,
    });
  return (
    <search className="inbox-filters" aria-label="Filter the audit log">
      <label className="filter-select">
        <span>Actor</span>
        <select value={search.actor ?? ''} onChange={(event) => set('actor', event.target.value)}>
          <option value="">Anyone</option>
          {directory.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span>Actions</span>
        <select value={search.family ?? ''} onChange={(event) => set('family', event.target.value)}>
          <option value="">All</option>
          {families.map((family) => (
            <option key={family} value={family}>
              {family}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span>Since</span>
        <input
          type="date"
          value={search.since ?? ''}
          onChange={(event) => set('since', event.target.value)}
        />
      </label>
      <label className="filter-select">
        <span>Until</span>
        <input
          type="date"
          value={search.until ?? ''}
          onChange={(event) => set('until', event.target.value)}
        />
      </label>
      {Object.keys(search).length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => void navigate({ to: '/registry/audit', search: {} })}
        >
          Clear filters
        </button>
      )}
    </search>
  );
}

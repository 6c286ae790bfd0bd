import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Conference, Directory } from '../../api/schema.js';
import type { InboxFilter, InboxSearch } from '../../router/route-search.js';

interface InboxFiltersProps {
  search: InboxSearch;
  directory: Pick<Directory, 'precedences' | 'kinds'> | undefined;
  conferences: readonly Conference[] | undefined;
}

/**
 * The box's filters, kept in the address so a filtered box can be bookmarked
 * and shared. Plain selects: they are accessible as they are, cost nothing in
 * the inbox's bundle, and work the same on a phone.
 */
export function InboxFilters({ search, directory, conferences }: InboxFiltersProps) {
  const navigate = useNavigate();
  const set = (name: InboxFilter, value: string) =>
    void navigate({ to: '/inbox', search: { ...search, [name]: value || undefined }, replace: true });
  const issues = issueOptions(conferences, search.conference);
  const narrowed = Object.keys(search).some((key) => key !== 'box');
  return (
    <search className="inbox-filters" aria-label="Filter the box">
      <FilterSelect label="Precedence" value={search.precedence} onChange={(v) => set('precedence', v)}>
        {directory?.precedences.map((precedence) => (
          <option key={precedence} value={precedence}>
            {precedence}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label="Kind" value={search.kind} onChange={(v) => set('kind', v)}>
        {directory?.kinds.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </FilterSelect>
      {conferences && conferences.length > 1 && (
        <FilterSelect label="Conference" value={search.conference} onChange={(v) => set('conference', v)}>
          {conferences.map((conference) => (
            <option key={conference.id} value={conference.id}>
              {conference.name}
            </option>
          ))}
        </FilterSelect>
      )}
      <FilterSelect label="Issue" value={search.issue} onChange={(v) => set('issue', v)}>
        {issues.map(({ id, title }) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </FilterSelect>
      <label className="filter-check">
        <input
          type="checkbox"
          checked={search.unread === 'true'}
          onChange={(event) => set('unread', event.target.checked ? 'true' : '')}
        />
        Unread only
      </label>
      {narrowed && (
        <button
          type="button"
          className="link-button"
          onClick={() => void navigate({ to: '/inbox', search: search.box ? { box: search.box } : {} })}
        >
          Clear filters
        </button>
      )}
    </search>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <label className="filter-select">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {children}
      </select>
    </label>
  );
}

/** The issues of the plans the reader may see (of one conference when one is chosen), by title, each once. */
export function issueOptions(
  conferences: readonly Conference[] | undefined,
  conference: string | undefined,
): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const candidate of conferences ?? []) {
    if (conference && candidate.id !== conference) continue;
    for (const issue of candidate.plan?.issues ?? [])
      if (!seen.has(issue.id)) seen.set(issue.id, issue.title);
  }
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { queries } from '../api/queries.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { FormField } from '../components/form-field.js';
import { PageHeading } from '../components/page-heading.js';
import { Snippet } from '../components/snippet.js';
import { useSession } from '../hooks/use-session.js';
import {
  SEARCH_FILTERS,
  type SearchFilter,
  type SearchFilters,
  searchFilters,
} from '../router/route-search.js';
import { usePageTitle } from '../router/use-page-title.js';

type Filter = SearchFilter;
type Filters = Record<Filter, string>;

/**
 * Full-text search over the cables the reader may read. The query lives in
 * the URL (/search?q=…), so a search can be bookmarked and Back returns to it.
 */
export function SearchScene({ filters }: { filters: SearchFilters }) {
  const { directory } = useSession();
  const navigate = useNavigate();
  const asked = SEARCH_FILTERS.some((name) => filters[name]);
  const [form, setForm] = useState<Filters>(() => formOf(filters));
  const results = useInfiniteQuery({ ...queries.search(filters), enabled: asked });
  usePageTitle(filters.q ? `Search: ${filters.q}` : 'Search');
  const hits = results.data?.pages.flatMap((page) => page.hits) ?? [];
  const total = asked ? (results.data?.pages[0]?.total ?? null) : null;
  const error = results.error;
  const blamed = error instanceof ApiError ? error.field : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({ to: '/search', search: searchFilters(form) });
  }

  const set = (name: Filter) => (event: { target: { value: string } }) =>
    setForm((before) => ({ ...before, [name]: event.target.value }));

  return (
    <main className="search">
      <PageHeading>Search</PageHeading>
      <search>
        <form className="search-form" onSubmit={submit}>
          <FormField label="Words" htmlFor="q" field="q" error={blamed === 'q' ? error?.message : null}>
            <input id="q" type="search" value={form.q} onChange={set('q')} />
          </FormField>
          <FormField
            label="From"
            htmlFor="from"
            field="from"
            error={blamed === 'from' ? error?.message : null}
          >
            <input id="from" type="date" value={form.from} onChange={set('from')} />
          </FormField>
          <FormField
            label="Until"
            htmlFor="until"
            field="until"
            error={blamed === 'until' ? error?.message : null}
          >
            <input id="until" type="date" value={form.until} onChange={set('until')} />
          </FormField>
          <FormField
            label="Author"
            htmlFor="author"
            field="author"
            error={blamed === 'author' ? error?.message : null}
          >
            <select id="author" value={form.author} onChange={set('author')}>
              <option value="">Anyone</option>
              {directory.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Kind"
            htmlFor="kind"
            field="kind"
            error={blamed === 'kind' ? error?.message : null}
          >
            <select id="kind" value={form.kind} onChange={set('kind')}>
              <option value="">Any</option>
              {directory.kinds.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </FormField>
          <FormField
            label="Issue"
            htmlFor="issue"
            field="issue"
            error={blamed === 'issue' ? error?.message : null}
          >
            <input id="issue" value={form.issue} onChange={set('issue')} />
          </FormField>
          <FormField
            label="Conference"
            htmlFor="conference"
            field="conference"
            error={blamed === 'conference' ? error?.message : null}
          >
            <select id="conference" value={form.conference} onChange={set('conference')}>
              <option value="">Any</option>
              {directory.conferences.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit">Search</button>
        </form>
      </search>
      <ErrorNote message={error && !blamed ? error.message : null} />
      <section aria-live="polite" aria-busy={results.isFetching}>
        {total !== null && (
          <p className="search-total" data-testid="search-total">
            {total === 1 ? '1 cable' : `${total} cables`}
          </p>
        )}
        {hits.length > 0 && (
          <CableTable
            cables={hits}
            caption="Search results"
            detail={(hit) => <Snippet snippet={hit.snippet} />}
          />
        )}
        {results.hasNextPage && (
          <button type="button" onClick={() => void results.fetchNextPage()} disabled={results.isFetching}>
            Show more
          </button>
        )}
      </section>
    </main>
  );
}

function formOf(filters: SearchFilters): Filters {
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, filters[name] ?? ''])) as Filters;
}

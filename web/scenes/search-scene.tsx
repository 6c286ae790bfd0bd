import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/api.js';
import type { SearchHit } from '../api/schema.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { FormField } from '../components/form-field.js';
import { Snippet } from '../components/snippet.js';
import { useSession } from '../hooks/use-session.js';

const PAGE = 50;
const FILTERS = ['q', 'from', 'until', 'author', 'kind', 'issue', 'conference'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

/**
 * Full-text search over the cables the reader may read. The query lives in
 * the hash (#/search?q=…), so a search can be bookmarked and Back returns to it.
 */
export function SearchScene({ params }: { params: URLSearchParams }) {
  const { directory } = useSession();
  const asked = filtersOf(params);
  const [form, setForm] = useState<Filters>(asked);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = params.toString();

  useEffect(() => {
    const query = filtersOf(new URLSearchParams(key));
    setForm(query);
    setHits([]);
    setTotal(null);
    setError(null);
    if (!FILTERS.some((name) => query[name])) return;
    let current = true;
    setBusy(true);
    api.search({ ...query, limit: PAGE, offset: 0 }).then(
      (result) => {
        if (!current) return;
        setHits(result.hits);
        setTotal(result.total);
        setBusy(false);
      },
      (caught: Error) => {
        if (!current) return;
        setError(caught.message);
        setBusy(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const name of FILTERS) if (form[name].trim()) query.set(name, form[name].trim());
    window.location.hash = `#/search?${query}`;
  }

  async function showMore() {
    setBusy(true);
    try {
      const query = { ...filtersOf(new URLSearchParams(key)), limit: PAGE, offset: hits.length };
      const result = await api.search(query);
      setHits((before) => [...before, ...result.hits]);
      setTotal(result.total);
    } catch (caught) {
      setError((caught as Error).message);
    }
    setBusy(false);
  }

  const set = (name: Filter) => (event: { target: { value: string } }) =>
    setForm((before) => ({ ...before, [name]: event.target.value }));

  return (
    <main className="search">
      <h1>Search</h1>
      <search>
        <form className="search-form" onSubmit={submit}>
          <FormField label="Words" htmlFor="q" field="q">
            <input id="q" type="search" value={form.q} onChange={set('q')} />
          </FormField>
          <FormField label="From" htmlFor="from" field="from">
            <input id="from" type="date" value={form.from} onChange={set('from')} />
          </FormField>
          <FormField label="Until" htmlFor="until" field="until">
            <input id="until" type="date" value={form.until} onChange={set('until')} />
          </FormField>
          <FormField label="Author" htmlFor="author" field="author">
            <select id="author" value={form.author} onChange={set('author')}>
              <option value="">Anyone</option>
              {directory.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="Kind" htmlFor="kind" field="kind">
            <select id="kind" value={form.kind} onChange={set('kind')}>
              <option value="">Any</option>
              {directory.kinds.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </FormField>
          <FormField label="Issue" htmlFor="issue" field="issue">
            <input id="issue" value={form.issue} onChange={set('issue')} />
          </FormField>
          <FormField label="Conference" htmlFor="conference" field="conference">
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
      <ErrorNote message={error} />
      <section aria-live="polite" aria-busy={busy}>
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
        {total !== null && hits.length < total && (
          <button type="button" onClick={showMore} disabled={busy}>
            Show more
          </button>
        )}
      </section>
    </main>
  );
}

function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
}

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FRESH_KEY } from '../api/live-cache.js';
import { queries } from '../api/queries.js';
import type { CableSummary } from '../api/schema.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { CablePreview } from '../components/inbox/cable-preview.js';
import { InboxFilters } from '../components/inbox/inbox-filters.js';
import { PageHeading } from '../components/page-heading.js';
import { useConferences } from '../hooks/use-conferences.js';
import { useIssueTitles } from '../hooks/use-issue-titles.js';
import { useMinWidth } from '../hooks/use-min-width.js';
import { useSession } from '../hooks/use-session.js';
import { useShortcuts } from '../hooks/use-shortcuts.js';
import { cableLink, composeLink } from '../router/links.js';
import type { InboxSearch } from '../router/route-search.js';
import { usePageTitle } from '../router/use-page-title.js';

const BOXES = [
  { box: 'in', label: 'Inbox', search: {} },
  { box: 'sent', label: 'Sent', search: { box: 'sent' } },
] as const;

/** From this width the selected cable is previewed beside the list; narrower, the list has the screen. */
const PREVIEW_MIN_WIDTH = 1100;

/**
 * The reader's cables: unread first, then by precedence, then newest; live
 * arrivals on top; narrowed by filters kept in the address. On a wide screen
 * the selected cable shows beside the list. j and k move through the rows,
 * o or Enter opens one, r replies (the shortcut sheet lists them all).
 */
export function InboxScene({ search }: { search: InboxSearch }) {
  const { directory } = useSession();
  const navigate = useNavigate();
  const { box: sent, ...filters } = search;
  const box = sent ?? 'in';
  const pages = useInfiniteQuery(queries.inbox(box, filters));
  const conferences = useConferences().data;
  const fresh = useQuery({
    queryKey: FRESH_KEY,
    queryFn: () => new Set<string>(),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
  const [selected, setSelected] = useState<string | null>(null);
  const previewing = useMinWidth(PREVIEW_MIN_WIDTH);
  const label = box === 'in' ? 'Inbox' : 'Sent';
  usePageTitle(label);

  const cables = pages.data?.pages.flatMap((page) => page.cables) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const narrowed = Object.keys(filters).length > 0;
  const issueTitle = useIssueTitles();

  const step = (by: number) => {
    const at = cables.findIndex((cable) => cable.id === selected);
    const next = cables[Math.min(cables.length - 1, Math.max(0, at === -1 ? 0 : at + by))];
    if (!next) return;
    setSelected(next.id);
    // Focus follows the selection, so Enter opens it and a screen reader reads it.
    document.querySelector<HTMLElement>(`[data-cable-id="${CSS.escape(next.id)}"] a.subject`)?.focus();
  };
  useShortcuts({
    j: () => step(1),
    k: () => step(-1),
    o: () => selected && void navigate(cableLink(selected)),
    r: () => selected && void navigate(composeLink(selected)),
  });

  return (
    <main className={previewing ? 'inbox with-preview' : 'inbox'}>
      <div className="inbox-list">
        <PageHeading id="box-heading" className="visually-hidden">
          {label}
        </PageHeading>
        <nav aria-label="Boxes" className="tabs">
          {BOXES.map((tab) => (
            <Link
              key={tab.box}
              className="box-tab"
              to="/inbox"
              search={tab.search}
              aria-current={tab.box === box ? 'page' : undefined}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
        <InboxFilters search={search} directory={directory} conferences={conferences} />
        <section aria-labelledby="box-heading" aria-busy={pages.isPending}>
          {pages.isError ? (
            // An error is the whole answer: never beside an empty state that would then be false.
            <ErrorNote message={`The ${label.toLowerCase()} could not be loaded: ${pages.error.message}`} />
          ) : pages.isPending ? (
            <p className="muted">Loading…</p>
          ) : cables.length === 0 ? (
            <p className="muted">{emptyNote(box, narrowed)}</p>
          ) : (
            <>
              <CableTable
                cables={cables}
                caption={label}
                fresh={fresh}
                issueTitle={issueTitle}
                selectedId={previewing ? selected : null}
                onSelect={(cable: CableSummary) => setSelected(cable.id)}
              />
              <p className="muted list-foot">
                {cables.length} of {Math.max(total, cables.length)} shown
                {pages.hasNextPage && (
                  <button
                    type="button"
                    onClick={() => void pages.fetchNextPage()}
                    disabled={pages.isFetchingNextPage}
                  >
                    Show more
                  </button>
                )}
                <span className="shortcut-hint">
                  Press <kbd>?</kbd> for keyboard shortcuts
                </span>
              </p>
            </>
          )}
        </section>
      </div>
      {previewing && <CablePreview selectedId={selected} />}
    </main>
  );
}

function emptyNote(box: 'in' | 'sent', narrowed: boolean): string {
  if (narrowed) return 'No cable in this box matches these filters.';
  return box === 'in' ? 'No cables for you.' : 'You have sent no cables.';
}

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { FRESH_KEY } from '../api/live-cache.js';
import { queries } from '../api/queries.js';
import type { Box } from '../api/schema.js';
import { CableTable } from '../components/cable-table.js';
import { ErrorNote } from '../components/error-note.js';
import { PageHeading } from '../components/page-heading.js';
import { usePageTitle } from '../router/use-page-title.js';

const BOXES = [
  { box: 'in', label: 'Inbox', search: {} },
  { box: 'sent', label: 'Sent', search: { box: 'sent' } },
] as const;

/**
 * The reader's cables: unread first, then by precedence, then newest; live
 * arrivals on top. The two boxes are two addresses, so they are links (with
 * the current one marked), not tabs over one page.
 */
export function InboxScene({ box }: { box: Box }) {
  const pages = useInfiniteQuery(queries.inbox(box));
  const fresh = useQuery({
    queryKey: FRESH_KEY,
    queryFn: () => new Set<string>(),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
  const label = box === 'in' ? 'Inbox' : 'Sent';
  usePageTitle(label);

  const cables = pages.data?.pages.flatMap((page) => page.cables) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  return (
    <main className="inbox">
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
      <section aria-labelledby="box-heading" aria-busy={pages.isPending}>
        {pages.isError && (
          <ErrorNote message={`The ${label.toLowerCase()} could not be loaded: ${pages.error.message}`} />
        )}
        {pages.isPending ? (
          <p className="muted">Loading…</p>
        ) : !pages.data ? null : cables.length === 0 ? (
          <p className="muted">{box === 'in' ? 'No cables for you.' : 'You have sent no cables.'}</p>
        ) : (
          <>
            <CableTable cables={cables} caption={label} fresh={fresh} />
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
            </p>
          </>
        )}
      </section>
    </main>
  );
}

import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { InboxFilters } from '../router/route-search.js';
import { api } from './api.js';
import { ApiError } from './api-error.js';
import type { Box } from './schema.js';

/** A box's key: every filtered view of one box shares its first three parts, so live events can find them all. */
export function inboxKey(box: Box, filters: InboxFilters = {}) {
  return ['inbox', box, 'pages', filters] as const;
}

/** A page of the inbox; live arrivals are added on top of the first. */
export const INBOX_PAGE = 50;

/**
 * Every query the UI makes, with its key. Keys start with the thing they hold,
 * so that a live event can invalidate all of a kind at once (live-cache.ts).
 */
export const queries = {
  /** Who is signed in; null when nobody is (the API answers 401). */
  me: () =>
    queryOptions({
      queryKey: ['me'],
      queryFn: async () => {
        try {
          return await api.me();
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }
      },
      retry: false,
      staleTime: Number.POSITIVE_INFINITY,
    }),
  directory: () => queryOptions({ queryKey: ['directory'], queryFn: api.directory }),

  /**
   * The box, page by page, narrowed by its filters; its order is the server's
   * (unread, precedence, newest), with live arrivals on top.
   */
  inbox: (box: Box, filters: InboxFilters = {}) =>
    infiniteQueryOptions({
      queryKey: inboxKey(box, filters),
      queryFn: ({ pageParam }) => api.inbox(box, INBOX_PAGE, pageParam, filters),
      initialPageParam: 0,
      getNextPageParam: (last, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.cables.length, 0);
        return loaded < last.total ? loaded : undefined;
      },
      // Refetching would reorder the rows under the reader's eyes; live events keep the list current.
      refetchOnWindowFocus: false,
    }),
  /** The count of unread cables in the inbox, for the header. */
  unread: () =>
    queryOptions({
      queryKey: ['inbox', 'in', 'count'],
      queryFn: async () => (await api.inbox('in', 1, 0)).unread,
    }),

  /** Opening a cable marks it read and its alerts seen, on the server. */
  cable: (ref: string) =>
    queryOptions({ queryKey: ['cable', ref], queryFn: () => api.cable(ref), retry: false }),
  search: (filters: Record<string, string>) =>
    infiniteQueryOptions({
      queryKey: ['search', filters],
      queryFn: ({ pageParam }) => api.search({ ...filters, limit: INBOX_PAGE, offset: pageParam }),
      initialPageParam: 0,
      getNextPageParam: (last, pages) => {
        const loaded = pages.reduce((sum, page) => sum + page.hits.length, 0);
        return loaded < last.total ? loaded : undefined;
      },
    }),

  alerts: () => queryOptions({ queryKey: ['alerts'], queryFn: api.alerts }),
  /** What needs the reader now: fetched again on every live cable or alert, and when a cable is opened. */
  overview: () => queryOptions({ queryKey: ['overview'], queryFn: api.overview }),
  conferences: () => queryOptions({ queryKey: ['conferences'], queryFn: api.conferences }),
  /** Every issue's mandate, now or as of `at`: a directive that arrives invalidates it. */
  mandates: (conference: string, at?: string | null) =>
    queryOptions({
      queryKey: ['mandates', conference, at ?? null],
      queryFn: () => api.mandates(conference, at ?? undefined),
    }),
  /** A conference's deadlines now; a deadline's live alert invalidates them. */
  deadlines: (conference: string, person?: string | null) =>
    queryOptions({
      queryKey: ['deadlines', conference, person ?? null],
      queryFn: () => api.deadlines(conference, person ?? undefined),
    }),
  deadlineAlerts: () => queryOptions({ queryKey: ['deadlines', 'alerts'], queryFn: api.deadlineAlerts }),
  mandate: (conference: string, issue: string, at?: string | null) =>
    queryOptions({
      queryKey: ['mandates', conference, at ?? null, issue],
      queryFn: () => api.mandate(conference, issue, at ?? undefined),
    }),
  /** Records and maps: a report, record or directive that arrives invalidates all of a conference's. */
  sessions: (conference: string) =>
    queryOptions({ queryKey: ['record', conference], queryFn: () => api.sessions(conference) }),
  sessionRecord: (conference: string, session: string) =>
    queryOptions({
      queryKey: ['record', conference, session],
      queryFn: () => api.sessionRecord(conference, session),
    }),
  mapOverview: (conference: string, since: string | null) =>
    queryOptions({
      queryKey: ['map', conference, 'overview', since],
      queryFn: () => api.mapOverview(conference, since ?? undefined),
    }),
  issueMap: (conference: string, issue: string) =>
    queryOptions({ queryKey: ['map', conference, issue], queryFn: () => api.issueMap(conference, issue) }),
};

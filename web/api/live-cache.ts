import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { InboxFilters } from '../router/route-search.js';
import { queries } from './queries.js';
import type { AlertEvent, AlertsResponse, Box, CableSummary, InboxPage } from './schema.js';
import { severityOf } from './vocabulary.js';

/** Ids of the cables that arrived live since the page loaded, highlighted in their box. */
export const FRESH_KEY = ['live', 'fresh'] as const;

/**
 * A cable pushed on /api/events (one this reader may read): it goes on top of
 * its box at once (the author's own to Sent, everyone else's to the Inbox),
 * and what it may change is fetched again: the unread count, threads, and,
 * for a directive, the conference's mandates.
 */
export function receiveCable(client: QueryClient, cable: CableSummary, meId: string): void {
  const box: Box = cable.author.id === meId ? 'sent' : 'in';
  // Each filtered view of the box gets the cable only if its filters let it through.
  for (const [key] of client.getQueriesData<InfiniteData<InboxPage>>({ queryKey: ['inbox', box, 'pages'] })) {
    if (passes(cable, (key[3] ?? {}) as InboxFilters))
      client.setQueryData<InfiniteData<InboxPage>>(key, (data) => withArrival(data, cable));
  }
  client.setQueryData<ReadonlySet<string>>(FRESH_KEY, (before) => new Set(before).add(cable.id));
  void client.invalidateQueries({ queryKey: queries.unread().queryKey });
  void client.invalidateQueries({ queryKey: queries.overview().queryKey });
  void client.invalidateQueries({ queryKey: ['cable'] });
  if (cable.kind === 'directive' && cable.conference) {
    void client.invalidateQueries({ queryKey: ['mandates', cable.conference] });
  }
  // A report's moves, a record's entries and a directive's mandate all draw the record and the map (issue 13).
  if (['report', 'record', 'directive'].includes(cable.kind) && cable.conference) {
    void client.invalidateQueries({ queryKey: ['record', cable.conference] });
    void client.invalidateQueries({ queryKey: ['map', cable.conference] });
  }
}

/**
 * A move outside the mandate in a report this reader may read: the report's
 * row shows the worst verdict pushed for it (a pushed cable comes before its
 * verdicts), the unseen count goes up at once, and the list is fetched again.
 */
export function receiveAlert(client: QueryClient, alert: AlertEvent): void {
  client.setQueriesData<InfiniteData<InboxPage>>({ queryKey: ['inbox'] }, (data) =>
    isPaged(data) ? withVerdict(data, alert) : data,
  );
  client.setQueryData<AlertsResponse>(queries.alerts().queryKey, (before) =>
    before ? { ...before, unseen: before.unseen + 1 } : before,
  );
  void client.invalidateQueries({ queryKey: queries.alerts().queryKey });
  void client.invalidateQueries({ queryKey: queries.overview().queryKey });
}

/**
 * The reader opened a cable: the server marked it read and its alerts seen.
 * Its row loses its unread mark without reloading the box, and the counts are
 * fetched again.
 */
export function cableOpened(client: QueryClient, id: string): void {
  client.setQueriesData<InfiniteData<InboxPage>>({ queryKey: ['inbox'] }, (data) => {
    if (!isPaged(data) || !data.pages.some((page) => page.cables.some((c) => c.id === id && !c.read)))
      return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        cables: page.cables.map((cable) => (cable.id === id ? { ...cable, read: true } : cable)),
      })),
    };
  });
  void client.invalidateQueries({ queryKey: queries.unread().queryKey });
  void client.invalidateQueries({ queryKey: queries.alerts().queryKey });
  void client.invalidateQueries({ queryKey: queries.overview().queryKey });
}

/** After the stream dropped and came back, anything may have been missed: everything is fetched again. */
export function reconnected(client: QueryClient): void {
  void client.invalidateQueries();
}

/** Whether a box narrowed by `filters` holds this cable: every filter is a field of its summary. */
export function passes(cable: CableSummary, filters: InboxFilters): boolean {
  return (
    (!filters.precedence || cable.precedence === filters.precedence) &&
    (!filters.kind || cable.kind === filters.kind) &&
    (!filters.conference || cable.conference === filters.conference) &&
    (!filters.issue || cable.issues.includes(filters.issue)) &&
    (!filters.unread || !cable.read)
  );
}

/** The unread count shares the box's key prefix; only the paged lists have pages. */
function isPaged(data: unknown): data is InfiniteData<InboxPage> {
  return typeof data === 'object' && data !== null && 'pages' in data;
}

function withArrival(data: InfiniteData<InboxPage> | undefined, cable: CableSummary) {
  if (!data) return data;
  if (data.pages.some((page) => page.cables.some((c) => c.id === cable.id))) return data;
  const [first, ...rest] = data.pages;
  if (!first) return data;
  const unread = cable.read ? 0 : 1;
  return {
    ...data,
    pages: [
      { ...first, total: first.total + 1, unread: first.unread + unread, cables: [cable, ...first.cables] },
      ...rest,
    ],
  };
}

function withVerdict(data: InfiniteData<InboxPage> | undefined, alert: AlertEvent) {
  if (!data) return data;
  const worse = (cable: CableSummary) =>
    cable.id === alert.report.id && (!cable.verdict || severityOf(alert.verdict) > severityOf(cable.verdict));
  if (!data.pages.some((page) => page.cables.some(worse))) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      cables: page.cables.map((cable) => (worse(cable) ? { ...cable, verdict: alert.verdict } : cable)),
    })),
  };
}

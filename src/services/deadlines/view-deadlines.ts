import { alertedBy, type DeadlineState, type DeadlineStatus, notFound, statusOf } from '../../core/index.js';
import type { StoredDeadline } from '../../store/deadline-store.js';
import type { Services } from '../services.js';
import { deadlineScope } from './deadline-facts.js';

/** A deadline as one reader sees it: where it stands now, from the cables they may read. */
export interface DeadlineView {
  stored: StoredDeadline;
  status: DeadlineStatus;
}

export interface DeadlineFilter {
  /** One conference's deadlines; all conferences when absent. */
  conference?: string;
  /** Only deadlines this person must act on or is notified of. */
  person?: string;
  state?: DeadlineState;
}

/**
 * The deadlines set in cables `reader` may read, with their status at now as
 * the cables they may read tell it, soonest due first (pending ones last).
 * An unknown conference is a 404, as for its moves.
 */
export async function viewDeadlines(
  services: Services,
  reader: string,
  filter: DeadlineFilter = {},
): Promise<DeadlineView[]> {
  if (filter.conference !== undefined) {
    const conferences = await services.store.directory.conferences();
    if (!conferences.some((conference) => conference.id === filter.conference)) throw notFound('conference');
  }
  const scope = deadlineScope(services, reader);
  const now = services.now();
  const views: DeadlineView[] = [];
  for (const stored of await services.store.deadlines.deadlines({ reader, conference: filter.conference })) {
    if (filter.person !== undefined && !alertedBy(stored.deadline).includes(filter.person)) continue;
    const status = statusOf(stored.deadline, await scope.factsOf(stored), now);
    if (filter.state === undefined || status.state === filter.state) views.push({ stored, status });
  }
  const dueOf = (view: DeadlineView) => (view.status.dueAt ? Date.parse(view.status.dueAt) : Infinity);
  return views.sort((a, b) => dueOf(a) - dueOf(b));
}

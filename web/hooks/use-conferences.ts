import { api } from '../api/api.js';
import type { Conference } from '../api/schema.js';
import { type AsyncState, useAsync } from './use-async.js';

/** The conferences with their plans (parties, issues, sessions, principals). */
export function useConferences(): AsyncState<Conference[]> {
  return useAsync(() => api.conferences(), []);
}

/** The conference asked for, else the first that has a plan, else the first. */
export function chooseConference(
  conferences: readonly Conference[],
  wanted: string | null,
): Conference | null {
  return (
    conferences.find((c) => c.id === wanted) ??
    conferences.find((c) => c.plan !== null) ??
    conferences[0] ??
    null
  );
}

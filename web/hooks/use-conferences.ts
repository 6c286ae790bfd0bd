import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { queries } from '../api/queries.js';
import type { Conference } from '../api/schema.js';

/** The conferences with their plans (parties, issues, sessions, principals). */
export function useConferences(): UseQueryResult<Conference[]> {
  return useQuery(queries.conferences());
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

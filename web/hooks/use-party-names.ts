import { useCallback } from 'react';
import type { Conference } from '../api/schema.js';

/** A party's name from the conference's plan, or its id when the plan does not name it. */
export function usePartyNames(conference: Conference | null): (id: string) => string {
  const parties = conference?.plan?.parties;
  return useCallback((id: string) => parties?.find((party) => party.id === id)?.name ?? id, [parties]);
}

import type { CableSummary } from '../api/schema.js';

/**
 * The cables for a box with the live arrivals on top. The author's own cables
 * belong to Sent and everyone else's to the Inbox; a cable already loaded is
 * not shown twice.
 */
export function mergeLive(
  loaded: readonly CableSummary[],
  live: readonly CableSummary[],
  box: 'in' | 'sent',
  meId: string,
): CableSummary[] {
  const known = new Set(loaded.map((cable) => cable.id));
  const arrivals = live.filter(
    (cable) => !known.has(cable.id) && (box === 'sent') === (cable.author.id === meId),
  );
  return [...arrivals, ...loaded];
}

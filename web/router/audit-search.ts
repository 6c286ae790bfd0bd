import type { AuditFilters } from '../api/registry-api.js';

const FILTERS = ['actor', 'family', 'action', 'since', 'until'] as const;

/**
 * The audit page's filters from its address: `since` and `until` are days
 * (YYYY-MM-DD), anything else is kept as text for the server to judge, so a
 * bad one is refused naming its field instead of being dropped silently.
 */
export function auditSearch(raw: Record<string, unknown>): Partial<Record<(typeof FILTERS)[number], string>> {
  const search: Partial<Record<(typeof FILTERS)[number], string>> = {};
  for (const name of FILTERS) {
    const value = raw[name];
    if (typeof value === 'string' && value.trim()) search[name] = value.trim();
  }
  return search;
}

/** The filters as the API takes them: a day since is its first instant in UTC, a day until includes that day. */
export function auditFiltersOf(search: ReturnType<typeof auditSearch>): AuditFilters {
  const { since, until, family, ...rest } = search;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return {
    ...rest,
    ...(family ? { family: family as AuditFilters['family'] } : {}),
    ...(since ? { since: day.test(since) ? `${since}T00:00:00Z` : since } : {}),
    ...(until ? { until: day.test(until) ? nextDay(until) : until } : {}),
  };
}

function nextDay(day: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString();
}

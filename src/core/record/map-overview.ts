import type { NegotiationMap } from './negotiation-map.js';

export interface OverviewRow {
  issue: NegotiationMap['issue'];
  status: NegotiationMap['status'];
  statusSince: string | null;
  lastMovedAt: string | null;
  /** Whether anything was said or moved on the issue after `since`. */
  moved: boolean;
  gap: NegotiationMap['gap'];
  parties: { party: string; latest: string | null }[];
}

/**
 * The conference at a glance: every issue's status, gap and each party's
 * latest stance, the issues that moved since the reader last looked (`since`)
 * first, most recent first, then the others in the plan's order.
 */
export function overviewOf(maps: readonly NegotiationMap[], since: string | null): OverviewRow[] {
  const rows = maps.map(
    (map): OverviewRow => ({
      issue: map.issue,
      status: map.status,
      statusSince: map.statusSince,
      lastMovedAt: map.lastMovedAt,
      moved: map.lastMovedAt !== null && (since === null || map.lastMovedAt > since),
      gap: map.gap,
      parties: map.parties.map(({ party, latest }) => ({ party, latest: latest ? stanceOf(latest) : null })),
    }),
  );
  const moved = rows.filter((row) => row.moved).sort((a, b) => b.lastMovedAt!.localeCompare(a.lastMovedAt!));
  return [...moved, ...rows.filter((row) => !row.moved)];
}

function stanceOf(point: { value: number | null; unit: string | null; position: string | null }): string {
  if (point.value !== null) return `${point.value} ${point.unit ?? ''}`.trim();
  return point.position ?? '';
}

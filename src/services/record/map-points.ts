import {
  type ConferencePlan,
  entryInstant,
  type IssueStatus,
  type MapPoint,
  type RecordEntry,
} from '../../core/index.js';
import type { StoredAccount, StoredMove } from '../../store/store.js';

/**
 * Every stance on the conference's issues that its reader may know, keyed by
 * issue: the moves of reports they may read and the entries of accounts they
 * may read (PRODUCT.md §Negotiation map: from moves and record entries). A
 * point derived from a cable exists only for that cable's readers, because
 * only the reader's own scope is ever passed in.
 */
export function mapPointsOf(
  plan: ConferencePlan,
  moves: readonly StoredMove[],
  accounts: readonly StoredAccount[],
): Map<string, MapPoint[]> {
  const dateOf = new Map(plan.sessions.map((session) => [session.id, session.date]));
  const byIssue = new Map<string, MapPoint[]>();
  const add = (issue: string, point: MapPoint) => {
    const points = byIssue.get(issue);
    if (points) points.push(point);
    else byIssue.set(issue, [point]);
  };
  for (const { move, cableId, registeredAt } of moves) {
    add(move.issue, {
      at: entryInstant(move.session ? (dateOf.get(move.session) ?? null) : null, undefined, registeredAt),
      party: move.side === 'ours' ? plan.ourParty : (move.party ?? 'their side'),
      position: move.position ?? null,
      value: move.value ?? null,
      unit: move.unit ?? null,
      status: move.type === 'agreement' ? 'agreed' : null,
      text: move.summary,
      cable: cableId,
      source: 'report',
    });
  }
  for (const { payload, cable, registeredAt } of accounts) {
    const date = dateOf.get(payload.session) ?? null;
    for (const entry of payload.entries) {
      if (!entry.issue) continue;
      add(entry.issue, {
        at: entryInstant(date, entry.at, registeredAt),
        party: entry.party,
        position: entry.position ?? null,
        value: entry.value ?? null,
        unit: entry.unit ?? null,
        status: statusAfter(entry),
        text: entry.text,
        cable,
        source: payload.source,
      });
    }
  }
  return byIssue;
}

/** Where an entry leaves its issue: as it says, or as its decision implies. */
function statusAfter(entry: RecordEntry): IssueStatus | null {
  if (entry.status) return entry.status;
  if (entry.decision?.outcome === 'adopted') return 'agreed';
  if (entry.decision?.outcome === 'deferred') return 'deferred';
  return null;
}

import {
  drawNegotiationMap,
  type NegotiationMap,
  notFound,
  type OverviewRow,
  overviewOf,
  projectMandate,
} from '../../core/index.js';
import type { ReaderScope } from '../mandates/reader-scope.js';
import { mapPointsOf } from './map-points.js';

async function scopedMaps(scope: ReaderScope, conference: string, issues: string[] | null, at: string) {
  const plan = await scope.plan(conference);
  if (!plan) throw notFound('conference plan');
  const [moves, accounts, directives] = await Promise.all([
    scope.moves(conference),
    scope.accounts(conference),
    scope.directives(conference),
  ]);
  const points = mapPointsOf(plan, moves, accounts);
  const parties = plan.parties.map((party) => party.id);
  const chosen = issues ? plan.issues.filter((issue) => issues.includes(issue.id)) : plan.issues;
  const maps = chosen.map((issue) =>
    drawNegotiationMap(issue, parties, points.get(issue.id) ?? [], projectMandate(issue.id, directives, at)),
  );
  return { plan, maps };
}

/**
 * One issue's negotiation map as the scope's reader may know it: stances from
 * the moves and record entries in cables they may read, our mandate only from
 * the directives they may read (so a red line they were not sent is never
 * drawn), the gap and the status.
 */
export async function viewIssueMap(
  scope: ReaderScope,
  conference: string,
  issue: string,
  at: string,
): Promise<{ map: NegotiationMap; parties: { id: string; name: string }[]; numbers: Map<string, string> }> {
  const { plan, maps } = await scopedMaps(scope, conference, [issue], at);
  const map = maps[0];
  if (!map) throw notFound(`issue '${issue}' in ${conference}`);
  const cited = [
    ...map.parties.flatMap((line) => line.points.map((point) => point.cable)),
    ...map.statusHistory.map((change) => change.cable),
    ...(map.mandate?.directives ?? []),
  ];
  return {
    map,
    parties: plan.parties.map(({ id, name }) => ({ id, name })),
    numbers: await scope.numbers(cited),
  };
}

/** Every issue of the conference at a glance, those that moved after `since` first. */
export async function viewMapOverview(
  scope: ReaderScope,
  conference: string,
  since: string | null,
  at: string,
): Promise<{ rows: OverviewRow[]; parties: { id: string; name: string }[] }> {
  const { plan, maps } = await scopedMaps(scope, conference, null, at);
  return { rows: overviewOf(maps, since), parties: plan.parties.map(({ id, name }) => ({ id, name })) };
}

import {
  type Cable,
  instantOf,
  invalidInput,
  type ReleaseRequest,
  standingSeriesOf,
} from '../../../core/index.js';
import type { Services } from '../../services.js';

const BATCH = 1000;

/**
 * The cables a release's scope names, in chain order (issue 15): named cables,
 * the thread of one (every cable linked to it by replies and references,
 * either way), a series (with its audience series), or a period, each
 * optionally narrowed to a conference. Registry entries (setup, release) are
 * never released. Refuses, naming the field, a scope that names no cable.
 */
export async function releasedScope(services: Services, scope: ReleaseRequest['scope']): Promise<Cable[]> {
  const named = (['cables', 'thread', 'series', 'period'] as const).filter((key) => scope[key] !== undefined);
  if (named.length !== 1)
    throw invalidInput('scope', 'must name exactly one of cables, thread, series or period');
  const { registry } = services.store;
  const wanted = new Set<number>();
  if (scope.cables) {
    for (const [i, reference] of scope.cables.entries()) {
      const found = await registry.resolveReference(reference);
      if (!found) throw invalidInput(`scope.cables[${i}]`, `no cable '${reference}'`);
      wanted.add(found.seq);
    }
  }
  let thread: Set<string> | null = null;
  if (scope.thread) {
    const found = await registry.resolveReference(scope.thread);
    if (!found) throw invalidInput('scope.thread', `no cable '${scope.thread}'`);
    thread = new Set([found.id]);
  }
  const chosen: Cable[] = [];
  const links: [string, string][] = [];
  const byId = new Map<string, Cable>();
  const from = scope.period ? instantOf(scope.period.from) : '';
  const until = scope.period ? endOf(scope.period.until) : '';
  for await (const batch of registry.scan(BATCH)) {
    for (const scanned of batch) {
      const cable = scanned.cable;
      if (!cable || cable.kind === 'setup' || cable.kind === 'release') continue;
      if (scope.conference && cable.conference !== scope.conference) continue;
      if (thread) {
        byId.set(cable.id, cable);
        for (const target of [cable.inReplyTo, ...cable.refs]) if (target) links.push([cable.id, target]);
        continue;
      }
      const inScope =
        (scope.cables && wanted.has(cable.seq)) ||
        (scope.series &&
          (cable.series === scope.series || standingSeriesOf(cable.series) === scope.series)) ||
        (scope.period && cable.registeredAt >= from && cable.registeredAt <= until);
      if (inScope) chosen.push(cable);
    }
  }
  if (thread) chosen.push(...threadOf(thread, links, byId));
  if (chosen.length === 0) throw invalidInput(`scope.${named[0]}`, 'names no cable that can be released');
  return chosen;
}

/** The last instant of a bare date, or the instant itself. */
function endOf(date: string): string {
  return date.length === 10 ? `${date}T23:59:59.999Z` : instantOf(date);
}

/** Every cable connected to the start by links either way, in chain order. */
function threadOf(start: Set<string>, links: [string, string][], byId: Map<string, Cable>): Cable[] {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of links) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const seen = new Set(start);
  const frontier = [...start];
  while (frontier.length > 0) {
    for (const next of neighbours.get(frontier.pop()!) ?? [])
      if (!seen.has(next)) {
        seen.add(next);
        frontier.push(next);
      }
  }
  return [...seen].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])).sort((a, b) => a.seq - b.seq);
}

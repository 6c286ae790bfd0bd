import {
  type ConferencePlan,
  checkMove,
  type DirectiveRecord,
  effectiveAt,
  type Mandate,
  type Move,
  MoveSchema,
  notFound,
  projectMandate,
  type RecordedMove,
  type Verdict,
} from '../../core/index.js';
import { planOf } from '../organisation/organisation-state.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** A directive in a mandate's history. */
export interface DirectiveEntry {
  directive: DirectiveRecord;
  effectiveAt: string;
}

/**
 * What a reader may know of a conference's mandates: the plan, and only the
 * directives they may read. Mandates are projections of directive cables, so
 * a mandate built from cables someone may not read would leak them.
 */
async function readableDirectives(services: Services, reader: string, conference: string) {
  const plan = await planOf(services.store, conference);
  if (!plan) throw notFound('conference plan');
  const all = await services.store.mandates.directives(conference);
  const readable: DirectiveRecord[] = [];
  for (const directive of all) {
    const found = await services.store.registry.resolveReference(directive.cable);
    if (found?.readers.includes(reader)) readable.push(directive);
  }
  return { plan, directives: readable };
}

/** Every issue of a conference with its mandate in force at `at` (now when absent), as `reader` may know it. */
export async function viewMandates(services: Services, reader: string, conference: string, at?: string) {
  const { plan, directives } = await readableDirectives(services, reader, conference);
  const instant = at ?? services.now();
  return {
    plan,
    at: instant,
    mandates: plan.issues.map((issue) => ({
      issue,
      mandate: projectMandate(issue.id, directives, instant),
    })),
  };
}

/** One issue's mandate at `at`, with its history: every directive on the issue, in registry order. */
export async function viewMandate(
  services: Services,
  reader: string,
  conference: string,
  issue: string,
  at?: string,
) {
  const { plan, directives } = await readableDirectives(services, reader, conference);
  const planned = plan.issues.find((candidate) => candidate.id === issue);
  if (!planned) throw notFound(`issue '${issue}' in ${conference}`);
  const instant = at ?? services.now();
  const history: DirectiveEntry[] = directives
    .filter((directive) => directive.amendment.issue === issue)
    .map((directive) => ({ directive, effectiveAt: effectiveAt(directive) }));
  return { plan, issue: planned, at: instant, mandate: projectMandate(issue, directives, instant), history };
}

/**
 * "What if I concede this?": the verdict a move of ours would get now, without
 * reporting it, against the mandate and the record as `reader` may know them.
 */
export async function checkProposedMove(
  services: Services,
  reader: string,
  conference: string,
  input: unknown,
  at?: string,
): Promise<{ verdict: Verdict; mandate: Mandate | null; plan: ConferencePlan }> {
  // Only our own moves get a verdict: the side need not be said.
  const withSide = typeof input === 'object' && input !== null ? { side: 'ours', ...input } : input;
  const move: Move = { ...parseInput(MoveSchema, withSide, 'move'), side: 'ours' };
  const { plan, directives } = await readableDirectives(services, reader, conference);
  const instant = at ?? services.now();
  const record: RecordedMove[] = [];
  for (const stored of await services.store.mandates.moves(conference)) {
    const found = await services.store.registry.resolveReference(stored.cableId);
    if (found?.readers.includes(reader)) record.push({ move: stored.move, cable: stored.cableId });
  }
  const mandate = projectMandate(move.issue, directives, instant);
  return { verdict: checkMove(mandate, move, plan, record), mandate, plan };
}

/** Registry numbers of the cables `reader` may read among `ids`: citations are shown only where they leak nothing. */
export async function readableNumbers(services: Services, reader: string, ids: Iterable<string>) {
  const numbers = new Map<string, string>();
  for (const id of new Set(ids)) {
    const found = await services.store.registry.readable(reader, id);
    if (found) numbers.set(id, found.cable.number);
  }
  return numbers;
}

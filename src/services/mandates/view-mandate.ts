import {
  type ConferencePlan,
  type DirectiveRecord,
  effectiveAt,
  type Issue,
  inOrderOfOccurrence,
  judgeMove,
  type Mandate,
  type Move,
  MoveSchema,
  notFound,
  occurredAtOf,
  projectMandate,
  type Verdict,
} from '../../core/index.js';
import { parseInput } from '../parse-input.js';
import type { ReaderScope } from './reader-scope.js';

/** A directive in a mandate's history. */
export interface DirectiveEntry {
  directive: DirectiveRecord;
  effectiveAt: string;
}

/**
 * What a reader may know of a conference's mandates: the plan, and only the
 * directives in their scope. Mandates are projections of directive cables, so
 * a mandate built from cables someone may not read would leak them.
 */
async function readableDirectives(scope: ReaderScope, conference: string) {
  const plan = await scope.plan(conference);
  if (!plan) throw notFound('conference plan');
  return { plan, directives: await scope.directives(conference) };
}

/**
 * The mandate on each dimension of an issue negotiated in several (issue 11),
 * in the plan's order; none for an issue of one term.
 */
function dimensionMandates(issue: Issue, directives: readonly DirectiveRecord[], at: string) {
  return (issue.dimensions ?? []).map((dimension) => ({
    dimension,
    mandate: projectMandate(issue.id, directives, at, dimension.id),
  }));
}

/** Every issue of a conference with its mandate in force at `at` (now when absent), as its reader may know it. */
export async function viewMandates(scope: ReaderScope, conference: string, at: string) {
  const { plan, directives } = await readableDirectives(scope, conference);
  return {
    plan,
    at,
    mandates: plan.issues.map((issue) => ({
      issue,
      mandate: projectMandate(issue.id, directives, at),
      dimensions: dimensionMandates(issue, directives, at),
    })),
  };
}

/** One issue's mandate at `at`, with its history: every directive on the issue its reader may read, in registry order. */
export async function viewMandate(scope: ReaderScope, conference: string, issue: string, at: string) {
  const { plan, directives } = await readableDirectives(scope, conference);
  const planned = plan.issues.find((candidate) => candidate.id === issue);
  if (!planned) throw notFound(`issue '${issue}' in ${conference}`);
  const history: DirectiveEntry[] = directives
    .filter((directive) => directive.amendment.issue === issue)
    .map(({ cable, registeredAt, amendment }) => {
      const directive = { cable, registeredAt, amendment };
      return { directive, effectiveAt: effectiveAt(directive) };
    });
  return {
    plan,
    issue: planned,
    at,
    mandate: projectMandate(issue, directives, at),
    dimensions: dimensionMandates(planned, directives, at),
    history,
  };
}

/**
 * "What if I concede this?": the verdict a move of ours would get at `at`,
 * without reporting it, against the mandate and the record as the scope's
 * reader may know them: every directive they may read, and the moves reported
 * by then in reports they may read. For a move already reported, this is the
 * verdict its reader is shown on the report.
 */
export async function checkProposedMove(
  scope: ReaderScope,
  conference: string,
  input: unknown,
  at: string,
): Promise<{ verdict: Verdict; mandate: Mandate | null; plan: ConferencePlan }> {
  // Only our own moves get a verdict: the side need not be said.
  const withSide = typeof input === 'object' && input !== null ? { side: 'ours', ...input } : input;
  const move: Move = { ...parseInput(MoveSchema, withSide, 'move'), side: 'ours' };
  const { plan, directives } = await readableDirectives(scope, conference);
  // The evidence is what had happened by `at`, whenever it was reported (issue 11).
  const instant = Date.parse(at);
  const record = inOrderOfOccurrence(await scope.moves(conference))
    .filter((stored) => Date.parse(occurredAtOf(stored)) <= instant)
    .map((stored) => ({ move: stored.move, cable: stored.cableId }));
  const mandateOf = (issue: string, dimension?: string) => projectMandate(issue, directives, at, dimension);
  // On an issue of several dimensions the mandate shown is the one that decided the verdict.
  const verdict = judgeMove(mandateOf, move, plan, record);
  return { verdict, mandate: mandateOf(move.issue, verdict.dimension), plan };
}

import {
  type ConferencePlan,
  inOrderOfOccurrence,
  judgeMove,
  occurredAtOf,
  projectMandate,
  type RecordedMove,
  ratified,
  ratifierOf,
  type Verdict,
} from '../../core/index.js';
import type { StoredDirective, StoredMove } from '../../store/store.js';
import type { Evaluation, ReaderScope } from './reader-scope.js';

/** A verdict given to one of our moves, with the move it judges. */
export interface JudgedMove {
  cableSeq: number;
  idx: number;
  verdict: Verdict;
}

/**
 * Which directives an evaluation considered: at registration, those
 * registered before the report; on a re-evaluation, all registered by then
 * (corrections that take effect in the past included).
 */
export type Horizon = { beforeSeq: number } | { registeredBy: string };

/** The horizon of an evaluation; a move not yet evaluated is judged as at its registration. */
export function horizonOf(evaluation: Pick<Evaluation, 'cableSeq' | 'reason' | 'evaluatedAt'>): Horizon {
  return evaluation.reason === 're-evaluated'
    ? { registeredBy: evaluation.evaluatedAt }
    : { beforeSeq: evaluation.cableSeq };
}

function isWithin(directive: StoredDirective, horizon: Horizon): boolean {
  return 'beforeSeq' in horizon
    ? directive.cableSeq < horizon.beforeSeq
    : Date.parse(directive.registeredAt) <= Date.parse(horizon.registeredBy);
}

/** What a scope knows of one conference: its plan, and the directives and moves in cables it may read. */
export interface Knowledge {
  plan: ConferencePlan;
  directives: StoredDirective[];
  moves: StoredMove[];
}

/** A conference as `scope` knows it, or null for a conference without a plan. */
export async function knowledgeOf(scope: ReaderScope, conference: string): Promise<Knowledge | null> {
  const [plan, directives, moves] = await Promise.all([
    scope.plan(conference),
    scope.directives(conference),
    scope.moves(conference),
  ]);
  return plan ? { plan, directives, moves } : null;
}

/**
 * The verdict on each of our moves in the report at `report`, against the
 * mandate in force when the move happened (its `occurredAt`, else the
 * report's registration) as the knowledge holds it up to `horizon`. The
 * linkages' evidence is the record of moves (theirs and ours) known by the
 * horizon that happened before the move: a late report of an earlier move
 * counts, a move made afterwards never does (issue 11). A move a known
 * directive ratified is WITHIN, its original verdict kept beside.
 */
export function judgeReport(knowledge: Knowledge, report: number, horizon: Horizon): JudgedMove[] {
  const directives = knowledge.directives.filter((directive) => isWithin(directive, horizon));
  const known = inOrderOfOccurrence(knowledge.moves.filter((stored) => isKnown(stored, report, horizon)));
  const judged: JudgedMove[] = [];
  // `known` runs in order of occurrence, and holds the report's own moves: the record of a move is
  // what comes before it there, grown in one pass rather than gathered again for every move.
  const record: RecordedMove[] = [];
  for (const stored of known) {
    if (stored.cableSeq !== report || stored.move.side !== 'ours') {
      record.push({ move: stored.move, cable: stored.cableId });
      continue;
    }
    const at = occurredAtOf(stored);
    const mandateOf = (issue: string, dimension?: string) => projectMandate(issue, directives, at, dimension);
    const verdict = judgeMove(mandateOf, stored.move, knowledge.plan, record);
    const ratifier = ratifierOf(directives, stored.cableId, stored.idx);
    judged.push({
      cableSeq: stored.cableSeq,
      idx: stored.idx,
      verdict: ratifier === null ? verdict : ratified(verdict, ratifier),
    });
    record.push({ move: stored.move, cable: stored.cableId });
  }
  return judged.sort((a, b) => a.idx - b.idx);
}

/** Whether a move was on record for an evaluation: in the report or before it, or registered by then. */
function isKnown(stored: StoredMove, report: number, horizon: Horizon): boolean {
  return 'beforeSeq' in horizon
    ? stored.cableSeq <= report
    : stored.cableSeq <= report || Date.parse(stored.registeredAt) <= Date.parse(horizon.registeredBy);
}

/** Two verdicts come to the same: the same code, decided by the same clause. */
export function isSameVerdict(a: Verdict, b: Verdict): boolean {
  return a.verdict === b.verdict && a.clause.kind === b.clause.kind && a.clause.id === b.clause.id;
}

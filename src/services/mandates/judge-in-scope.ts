import {
  type ConferencePlan,
  checkMove,
  projectMandate,
  type RecordedMove,
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
 * mandate in force at the report's time as the knowledge holds it up to
 * `horizon`. The record of earlier moves (theirs and ours) in the knowledge
 * is the linkages' evidence.
 */
export function judgeReport(knowledge: Knowledge, report: number, horizon: Horizon): JudgedMove[] {
  const directives = knowledge.directives.filter((directive) => isWithin(directive, horizon));
  const record: RecordedMove[] = [];
  const judged: JudgedMove[] = [];
  for (const stored of knowledge.moves) {
    if (stored.cableSeq > report) break;
    if (stored.cableSeq === report && stored.move.side === 'ours') {
      const mandate = projectMandate(stored.move.issue, directives, stored.registeredAt);
      judged.push({
        cableSeq: stored.cableSeq,
        idx: stored.idx,
        verdict: checkMove(mandate, stored.move, knowledge.plan, record),
      });
    }
    record.push({ move: stored.move, cable: stored.cableId });
  }
  return judged;
}

/** Two verdicts come to the same: the same code, decided by the same clause. */
export function isSameVerdict(a: Verdict, b: Verdict): boolean {
  return a.verdict === b.verdict && a.clause.kind === b.clause.kind && a.clause.id === b.clause.id;
}

import {
  type Cable,
  checkMove,
  type DirectiveRecord,
  precedenceRank,
  projectMandate,
  type RecordedMove,
  type Verdict,
} from '../../core/index.js';
import type { Alert, StoredMove, StoredVerdict } from '../../store/store.js';
import { planOf } from '../organisation/organisation-state.js';
import type { Services } from '../services.js';

/** A verdict given to one of our moves, with the move it judges. */
export interface JudgedMove {
  cableSeq: number;
  idx: number;
  verdict: Verdict;
}

/**
 * The verdict on each of our moves in a report, against the mandate in force
 * at the report's time. `directives` are those the evaluator knows of: at
 * registration, the ones registered before the report; on re-evaluation, all.
 * The record of earlier moves (theirs and ours) is the linkages' evidence.
 */
function judgeReport(
  moves: readonly StoredMove[],
  directives: readonly DirectiveRecord[],
  earlier: readonly StoredMove[],
  plan: Parameters<typeof checkMove>[2],
): JudgedMove[] {
  const record: RecordedMove[] = earlier.map(({ move, cableId }) => ({ move, cable: cableId }));
  const judged: JudgedMove[] = [];
  for (const stored of moves) {
    if (stored.move.side === 'ours') {
      const mandate = projectMandate(stored.move.issue, directives, stored.registeredAt);
      judged.push({
        cableSeq: stored.cableSeq,
        idx: stored.idx,
        verdict: checkMove(mandate, stored.move, plan, record),
      });
    }
    record.push({ move: stored.move, cable: stored.cableId });
  }
  return judged;
}

/**
 * Gives verdicts to the moves of a newly registered report and raises an alert,
 * at the report's precedence, to each principal who may read it for every move
 * that is not WITHIN. Depends only on the registry before the report, so the
 * same report always gets the same verdicts.
 */
export async function evaluateReport(services: Services, cable: Cable): Promise<JudgedMove[]> {
  const conference = (cable.payload as { conference?: string } | null)?.conference;
  if (cable.payload?.type !== 'moves' || !conference) return [];
  const { mandates } = services.store;
  const plan = await planOf(services.store, conference);
  if (!plan) return [];
  const [moves, directives, earlier] = await Promise.all([
    mandates.movesOf(cable.seq),
    mandates.directives(conference, cable.seq - 1),
    mandates.moves(conference, cable.seq),
  ]);
  const judged = judgeReport(moves, directives, earlier, plan);
  const now = services.now();
  const principals = plan.principals.filter((person) => cable.readers.includes(person));
  const alerts: Omit<Alert, 'id' | 'seenAt'>[] = judged
    .filter(({ verdict }) => verdict.verdict !== 'WITHIN')
    .flatMap(({ idx, verdict }) =>
      principals.map((personId) => ({
        personId,
        cableSeq: cable.seq,
        idx,
        verdict: verdict.verdict,
        precedenceRank: precedenceRank(cable.precedence),
        createdAt: now,
      })),
    );
  await mandates.saveVerdicts(
    judged.map((judgement) => ({ ...judgement, evaluatedAt: now, reason: 'reported' as const })),
    alerts,
  );
  for (const alert of alerts) services.bus.publishAlert(alert.personId, { ...alert, cable });
  return judged;
}

/** A verdict that changed on re-evaluation: what it was and what it is now. */
export interface ChangedVerdict {
  cableSeq: number;
  idx: number;
  was: Verdict;
  now: Verdict;
}

/**
 * Re-evaluates every move of a conference against all directives known now,
 * including corrections that take effect in the past. Only changed verdicts
 * are recorded, each as a new current verdict beside the old one, so the
 * change is explicit and its history kept. Returns what changed.
 */
export async function reevaluateConference(
  services: Services,
  conference: string,
): Promise<ChangedVerdict[]> {
  const { mandates } = services.store;
  const plan = await planOf(services.store, conference);
  if (!plan) return [];
  const [all, directives] = await Promise.all([mandates.moves(conference), mandates.directives(conference)]);
  // Map.groupBy would do, but Node 20 lacks it.
  const bySeq = new Map<number, StoredMove[]>();
  for (const move of all) bySeq.set(move.cableSeq, [...(bySeq.get(move.cableSeq) ?? []), move]);
  const current = new Map(
    (await mandates.verdictsOf([...bySeq.keys()])).map((stored): [string, StoredVerdict] => [
      `${stored.cableSeq}:${stored.idx}`,
      stored,
    ]),
  );
  const changed: ChangedVerdict[] = [];
  for (const [seq, moves] of bySeq) {
    const earlier = all.filter((move) => move.cableSeq < seq);
    for (const judged of judgeReport(moves, directives, earlier, plan)) {
      const was = current.get(`${judged.cableSeq}:${judged.idx}`)?.verdict;
      if (!was || was.verdict !== judged.verdict.verdict || was.clause.id !== judged.verdict.clause.id) {
        changed.push({
          cableSeq: judged.cableSeq,
          idx: judged.idx,
          was: was ?? judged.verdict,
          now: judged.verdict,
        });
      }
    }
  }
  const now = services.now();
  await mandates.saveVerdicts(
    changed.map(({ cableSeq, idx, now: verdict }) => ({
      cableSeq,
      idx,
      verdict,
      evaluatedAt: now,
      reason: 're-evaluated' as const,
    })),
    [],
  );
  return changed;
}

/**
 * Gives verdicts to reports whose evaluation was cut short (a crash between
 * the report's commit and its verdicts). Run at start; returns how many reports.
 */
export async function evaluatePendingReports(services: Services): Promise<number> {
  const pending = new Set(
    (await services.store.mandates.ourMovesWithoutVerdict()).map((move) => move.cableSeq),
  );
  for (const seq of pending) {
    const cable = await services.store.registry.atSeq(seq);
    if (cable) await evaluateReport(services, cable);
  }
  return pending.size;
}

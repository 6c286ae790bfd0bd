import { type Cable, precedenceRank, type Verdict } from '../../core/index.js';
import type { Alert } from '../../store/store.js';
import type { Services } from '../services.js';
import { evaluateRatifications } from './evaluate-ratifications.js';
import { horizonOf, isSameVerdict, type JudgedMove, judgeReport, knowledgeOf } from './judge-in-scope.js';
import { registryScope, scopeOf } from './reader-scope.js';

export type { JudgedMove } from './judge-in-scope.js';

/**
 * Gives verdicts to the moves of a newly registered report (the registry's
 * record: against every directive registered before it) and raises an alert,
 * at the report's precedence, to each principal who may read it for every move
 * that is not WITHIN in the mandate as that principal knows it: an alert rests
 * only on cables its recipient may read. Depends only on the registry before
 * the report, so the same report always gets the same verdicts.
 */
export async function evaluateReport(services: Services, cable: Cable): Promise<JudgedMove[]> {
  if (cable.payload?.type === 'mandate-amendment') {
    await evaluateRatifications(services, cable);
    return [];
  }
  const conference = (cable.payload as { conference?: string } | null)?.conference;
  if (cable.payload?.type !== 'moves' || !conference) return [];
  const knowledge = await knowledgeOf(registryScope(services), conference);
  if (!knowledge) return [];
  const judged = judgeReport(knowledge, cable.seq, { beforeSeq: cable.seq });
  const now = services.now();
  const alerts: Omit<Alert, 'id' | 'seenAt'>[] = [];
  for (const personId of knowledge.plan.principals.filter((person) => cable.readers.includes(person))) {
    const known = await knowledgeOf(scopeOf(services, personId), conference);
    for (const { idx, verdict } of known ? judgeReport(known, cable.seq, { beforeSeq: cable.seq }) : []) {
      if (verdict.verdict === 'WITHIN') continue;
      const precedence = precedenceRank(cable.precedence);
      alerts.push({
        personId,
        cableSeq: cable.seq,
        idx,
        verdict: verdict.verdict,
        precedenceRank: precedence,
        createdAt: now,
      });
    }
  }
  await services.store.mandates.saveVerdicts(
    judged.map((judgement) => ({ ...judgement, evaluatedAt: now, reason: 'reported' as const })),
    alerts,
  );
  for (const alert of alerts) services.bus.publishAlert(alert.personId, { ...alert, cable });
  return judged;
}

/** A verdict that changed on re-evaluation, as one reader sees it: what it was and what it is now. */
export interface ChangedVerdict {
  report: { id: string; number: string };
  idx: number;
  was: Verdict;
  now: Verdict;
}

/**
 * Re-evaluates every move of a conference against all directives registered
 * now, including corrections that take effect in the past. Every move gets a
 * new current evaluation, so that everyone's view moves on together (whether
 * a verdict changed depends on who looks). Returns what changed as `reader`
 * sees it, in the reports `reader` may read.
 */
export async function reevaluateConference(
  services: Services,
  reader: string,
  conference: string,
): Promise<ChangedVerdict[]> {
  const registry = await knowledgeOf(registryScope(services), conference);
  const scope = scopeOf(services, reader);
  const known = await knowledgeOf(scope, conference);
  if (!registry || !known) return [];
  const now = services.now();
  const horizon = { registeredBy: now };
  const reports = [...new Set(registry.moves.map((move) => move.cableSeq))];
  const judged = reports.flatMap((seq) => judgeReport(registry, seq, horizon));
  const changed: ChangedVerdict[] = [];
  const before = new Map(
    (await scope.evaluationsOf(reports)).map((evaluation) => [
      `${evaluation.cableSeq}:${evaluation.idx}`,
      evaluation,
    ]),
  );
  for (const seq of new Set(known.moves.map((move) => move.cableSeq))) {
    const cable = (await scope.cableAt(seq))!;
    const nowSeen = judgeReport(known, seq, horizon);
    for (const { idx, verdict } of nowSeen) {
      const evaluation = before.get(`${seq}:${idx}`);
      const was = judgeReport(
        known,
        seq,
        horizonOf(evaluation ?? { cableSeq: seq, reason: 'reported', evaluatedAt: now }),
      ).find((move) => move.idx === idx)!.verdict;
      if (!isSameVerdict(was, verdict))
        changed.push({ report: { id: cable.id, number: cable.number }, idx, was, now: verdict });
    }
  }
  await services.store.mandates.saveVerdicts(
    judged.map((judgement) => ({ ...judgement, evaluatedAt: now, reason: 're-evaluated' as const })),
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

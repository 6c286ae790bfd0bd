import { type CableFault, precedenceRank } from '../../core/index.js';
import { judgeReport, knowledgeOf } from '../mandates/judge-in-scope.js';
import { registryScope, scopeOf } from '../mandates/reader-scope.js';
import type { Services } from '../services.js';

/**
 * Recomputes the alerts raised to principals from the chain: for each report,
 * each principal of its conference who may read it hears of every move that
 * is not WITHIN the mandate as that principal knows it, at the report's
 * precedence, when the report was first judged. Names the first stored alert
 * that differs, one planted or one removed (issue 12, finding 4). Whether an
 * alert was seen is the principal's state, not meaning, and is not compared.
 */
export async function compareAlerts(
  services: Services,
  conferences: readonly string[],
): Promise<CableFault | null> {
  const { mandates, registry } = services.store;
  const reportedAt = new Map<number, string>();
  for (const verdict of await mandates.allVerdicts())
    if (verdict.reason === 'reported' && !reportedAt.has(verdict.cableSeq))
      reportedAt.set(verdict.cableSeq, verdict.evaluatedAt);
  const expected = new Set<string>();
  for (const conference of conferences) {
    const registryKnows = await knowledgeOf(registryScope(services), conference);
    if (!registryKnows) continue;
    for (const seq of new Set(registryKnows.moves.map((move) => move.cableSeq))) {
      const at = reportedAt.get(seq);
      if (at === undefined) continue; // not judged yet: no alert raised either
      const cable = (await registry.atSeq(seq))!;
      for (const person of registryKnows.plan.principals.filter((id) => cable.readers.includes(id))) {
        const known = await knowledgeOf(scopeOf(services, person), conference);
        for (const { idx, verdict } of known ? judgeReport(known, seq, { beforeSeq: seq }) : [])
          if (verdict.verdict !== 'WITHIN')
            expected.add(keyOf(person, seq, idx, verdict.verdict, precedenceRank(cable.precedence), at));
      }
    }
  }
  const stored = await mandates.allAlerts();
  for (const alert of stored) {
    const key = keyOf(
      alert.personId,
      alert.cableSeq,
      alert.idx,
      alert.verdict,
      alert.precedenceRank,
      alert.createdAt,
    );
    if (!expected.delete(key)) return fault(alert.cableSeq, key, 'holds an alert');
  }
  const missing = [...expected][0];
  return missing ? fault(Number(missing.split('/')[1]), missing, 'lacks an alert') : null;
}

function keyOf(person: string, seq: number, idx: number, verdict: string, rank: number, at: string) {
  return `${person}/${seq}/${idx}/${verdict}/${rank}/${at}`;
}

function fault(seq: number, key: string, what: string): CableFault {
  return {
    seq,
    number: `alerts row '${key}'`,
    fault: 'projection-mismatch',
    message: `the alerts table ${what} that the chain's directives and moves do not raise`,
  };
}

import type { Cable, MandateAmendment } from '../../core/index.js';
import type { Services } from '../services.js';
import { judgeReport, knowledgeOf } from './judge-in-scope.js';
import { registryScope } from './reader-scope.js';

/**
 * Gives a new verdict to each move a newly registered directive ratifies: a
 * re-evaluation at once, against every directive registered by now, so the
 * move reads WITHIN "ratified by" the directive and the verdict it had stays
 * in its history (issue 11). Returns how many moves.
 */
export async function evaluateRatifications(services: Services, cable: Cable): Promise<number> {
  const amendment = cable.payload as unknown as MandateAmendment;
  const ratified = amendment.changes.flatMap((change) => (change.op === 'ratify' ? [change] : []));
  if (ratified.length === 0) return 0;
  const knowledge = await knowledgeOf(registryScope(services), amendment.conference);
  if (!knowledge) return 0;
  const now = services.now();
  const judged = ratified.flatMap(({ report, move }) => {
    const seq = knowledge.moves.find((stored) => stored.cableId === report)?.cableSeq;
    if (seq === undefined) return [];
    return judgeReport(knowledge, seq, { registeredBy: now }).filter((judgement) => judgement.idx === move);
  });
  await services.store.mandates.saveVerdicts(
    judged.map((judgement) => ({ ...judgement, evaluatedAt: now, reason: 're-evaluated' as const })),
    [],
  );
  return judged.length;
}

import { type CableFault, canonicalJson } from '../../core/index.js';
import type { StoredVerdict } from '../../store/store.js';
import { horizonOf, judgeReport, type Knowledge, knowledgeOf } from '../mandates/judge-in-scope.js';
import { registryScope } from '../mandates/reader-scope.js';
import type { Services } from '../services.js';

/**
 * Recomputes every stored verdict from the chain (the directives and moves
 * the cables carry, the plan the setup entries make) at the horizon its row
 * records, and checks that the one marked current is the last given to its
 * move, naming the first row that differs (issue 12, finding 4). Run after the
 * index tables are found to match the cables, since the judgement reads them.
 */
export async function compareVerdicts(
  services: Services,
  conferences: readonly string[],
): Promise<CableFault | null> {
  const stored = await services.store.mandates.allVerdicts();
  if (stored.length === 0) return null;
  const knowledgeOfReport = new Map<number, Knowledge>();
  for (const conference of conferences) {
    const knowledge = await knowledgeOf(registryScope(services), conference);
    for (const move of knowledge?.moves ?? []) knowledgeOfReport.set(move.cableSeq, knowledge!);
  }
  const judged = new Map<string, string>();
  const lastGiven = new Map<string, StoredVerdict>();
  for (const row of stored) {
    const key = `${row.cableSeq}/${row.idx}`;
    const knowledge = knowledgeOfReport.get(row.cableSeq);
    const horizon = horizonOf(row);
    const memo = `${key}@${canonicalJson(horizon)}`;
    if (knowledge && !judged.has(memo)) {
      for (const move of judgeReport(knowledge, row.cableSeq, horizon))
        judged.set(`${move.cableSeq}/${move.idx}@${canonicalJson(horizon)}`, canonicalJson(move.verdict));
    }
    const expected = judged.get(memo);
    if (expected === undefined) return fault(key, row, 'holds a verdict on no move of ours');
    if (canonicalJson(row.verdict) !== expected) return fault(key, row, `holds another verdict`);
    lastGiven.set(key, row);
  }
  for (const row of stored) {
    const key = `${row.cableSeq}/${row.idx}`;
    if (row.current !== (lastGiven.get(key) === row))
      return fault(key, row, 'marks as current a verdict that is not the last given to its move');
  }
  return null;
}

function fault(key: string, row: StoredVerdict, what: string): CableFault {
  return {
    seq: row.cableSeq,
    number: `verdicts row '${key}' (${row.reason} at ${row.evaluatedAt})`,
    fault: 'projection-mismatch',
    message: `the verdicts table ${what}, unlike the chain's directives and moves`,
  };
}

import {
  type ConferencePlan,
  checkMove,
  type DirectiveRecord,
  type Move,
  projectMandate,
} from '../src/core/index.js';
import { judgeReport, type Knowledge } from '../src/services/mandates/judge-in-scope.js';
import type { StoredDirective, StoredMove } from '../src/store/store.js';
import { rate, report } from './report.js';

const ISSUES = 20;
const MOVES = 10_000;
const REPORTS = 100;

/**
 * judge-report: verdicts per second as a report's moves are judged in time
 * (issue 11) — each move against the mandate in force when it happened, with
 * the moves before it as evidence and any ratification — over 10,000 moves
 * in 100 reports, beside the check-move-with-projection figure of the same
 * run as the baseline (the ratio is what to read).
 */
export async function benchJudgeReport(): Promise<void> {
  const issues = Array.from({ length: ISSUES }, (_, i) => `issue-${i}`);
  const plan: ConferencePlan = {
    ourParty: 'a',
    principals: ['p'],
    delegation: [],
    parties: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    issues: issues.map((id) => ({ id, title: id, decision: 'unanimity' })),
    sessions: [],
  };
  const directives: StoredDirective[] = issues.map((issue, i) => ({
    cable: `directive-${i}`,
    cableSeq: i + 1,
    registeredAt: '1945-09-10T00:00:00Z',
    amendment: {
      type: 'mandate-amendment',
      conference: 'c',
      issue,
      changes: [
        {
          op: 'set-ladder',
          ladder: Array.from({ length: 10 }, (_, s) => ({ id: `s${s}`, label: `Step ${s}` })),
          authority: 's4',
        },
        {
          op: 'add-linkage',
          linkage: {
            id: 'link',
            description: 'held back',
            positions: ['s5', 's6'],
            condition: { type: 'their-move', issue: issues[(i + 1) % ISSUES]! },
          },
        },
      ],
    },
  }));
  const moveAt = (i: number): Move => ({
    issue: issues[i % ISSUES]!,
    side: i % 3 ? 'ours' : 'theirs',
    type: i % 3 ? 'concession' : 'proposal',
    position: `s${i % 10}`,
    summary: 'x',
  });
  const perReport = MOVES / REPORTS;
  const moves: StoredMove[] = Array.from({ length: MOVES }, (_, i) => {
    const seq = ISSUES + 1 + Math.floor(i / perReport);
    const registeredAt = new Date(Date.parse('1945-09-11T00:00:00Z') + seq * 60_000).toISOString();
    return { cableSeq: seq, cableId: `report-${seq}`, idx: i % perReport, registeredAt, move: moveAt(i) };
  });
  const knowledge: Knowledge = { plan, directives, moves };
  const reports = [...new Set(moves.map((move) => move.cableSeq))];
  const ours = moves.filter((move) => move.move.side === 'ours').length;
  let judged = 0;
  const start = performance.now();
  for (const seq of reports) judged += judgeReport(knowledge, seq, { beforeSeq: seq }).length;
  const verdicts = judged / ((performance.now() - start) / 1000);
  const asRecords: DirectiveRecord[] = directives;
  const at = '1945-09-20T00:00:00Z';
  const baseline = await rate(20_000, (i) => {
    const move = moves[i % moves.length]!.move;
    return checkMove(projectMandate(move.issue, asRecords, at), { ...move, side: 'ours' }, plan, []);
  });
  report({
    name: 'judge-report',
    value: Math.round(verdicts),
    unit: 'verdicts/s',
    note: `${ours} of our moves in ${REPORTS} reports of ${MOVES}; ${(baseline / verdicts).toFixed(2)}x slower than check-move-with-projection (${Math.round(baseline)}/s) in the same run`,
  });
}

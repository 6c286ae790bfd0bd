import {
  type ConferencePlan,
  checkMove,
  type DirectiveRecord,
  type Move,
  projectMandate,
  type RecordedMove,
} from '../src/core/index.js';
import { rate, report } from './report.js';

const ISSUES = 20;
const STEPS = 10;
const LINKAGES = 5;
const MOVES = Number(process.env.BENCH_MOVES ?? 200_000);

/**
 * check-move: verdicts per second for a mandate of 20 issues with 10-step
 * ladders, 5 linkages and 3 red lines each, against a record of 2,000 earlier
 * moves — the work the "what if" check does on every keystroke. Measured for
 * checkMove alone (mandate already projected) and with the projection from
 * the directives each time, as the service does.
 */
export async function benchCheckMove(): Promise<void> {
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
  const directives: DirectiveRecord[] = issues.map((issue, i) => ({
    cable: `directive-${i}`,
    registeredAt: '1945-09-10T00:00:00Z',
    amendment: {
      type: 'mandate-amendment',
      conference: 'c',
      issue,
      changes: [
        {
          op: 'set-ladder',
          ladder: Array.from({ length: STEPS }, (_, s) => ({ id: `s${s}`, label: `Step ${s}` })),
          authority: 's4',
        },
        ...Array.from({ length: LINKAGES }, (_, l) => ({
          op: 'add-linkage' as const,
          linkage: {
            id: `link-${l}`,
            description: 'held back',
            positions: [`s${5 + l}`],
            condition: {
              type: 'any' as const,
              of: [
                { type: 'their-move' as const, issue: issues[(i + l + 1) % ISSUES]! },
                { type: 'agreement' as const, issue: issues[(i + l + 2) % ISSUES]! },
              ],
            },
          },
        })),
        ...Array.from({ length: 3 }, (_, r) => ({
          op: 'add-red-line' as const,
          redLine: {
            id: `red-${r}`,
            description: 'never',
            rule: { type: 'forbid-positions' as const, positions: [`never-${r}`] },
          },
        })),
      ],
    },
  }));
  const record: RecordedMove[] = Array.from({ length: 2000 }, (_, i) => ({
    cable: `report-${i}`,
    move: { issue: issues[i % ISSUES]!, side: i % 3 ? 'ours' : 'theirs', type: 'proposal', summary: 'x' },
  }));
  const moves: Move[] = Array.from({ length: 1000 }, (_, i) => ({
    issue: issues[i % ISSUES]!,
    side: 'ours',
    type: 'concession',
    position: `s${i % STEPS}`,
    summary: 'what if',
  }));
  const at = '1945-09-20T00:00:00Z';
  const mandates = new Map(issues.map((issue) => [issue, projectMandate(issue, directives, at)]));
  const checkOnly = await rate(MOVES, (i) => {
    const move = moves[i % moves.length]!;
    return checkMove(mandates.get(move.issue)!, move, plan, record);
  });
  report({
    name: 'check-move',
    value: checkOnly,
    unit: 'moves/s',
    note: '20 issues x 10 steps, 5 linkages, 2,000 moves of record',
  });
  const withProjection = await rate(MOVES / 10, (i) => {
    const move = moves[i % moves.length]!;
    return checkMove(projectMandate(move.issue, directives, at), move, plan, record);
  });
  report({
    name: 'check-move-with-projection',
    value: withProjection,
    unit: 'moves/s',
    note: 'projecting the mandate from its directives for every move',
  });
}

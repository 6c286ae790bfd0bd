import type { ConferencePlan } from '../conference/conference.js';
import { checkMove, positionOn } from './check-move.js';
import type { Mandate } from './mandate.js';
import type { Move, RecordedMove } from './move.js';
import { severityOf, type Verdict } from './verdict.js';

/** The mandate in force on an issue, or on one dimension of it, at the instant a move is judged. */
export type MandateOf = (issue: string, dimension?: string) => Mandate | null;

/**
 * The verdict on one of our moves, on an issue of one term or of several
 * (issue 11). A move that states no dimensions is judged as `checkMove` does,
 * against the issue's mandate. A move that states positions on dimensions is
 * judged on each against that dimension's own ladder, authority, red lines and
 * linkages; its verdict is the worst of them (the first, in the move's order,
 * among equally bad), naming its dimension, with every dimension's verdict kept.
 *
 * @example judgeMove(() => null, aMove({ dimensions: [{ dimension: 'total' }] }), plan, []).dimension === 'total'
 */
export function judgeMove(
  mandateOf: MandateOf,
  move: Move,
  plan: ConferencePlan,
  record: readonly RecordedMove[],
): Verdict {
  if (move.dimensions === undefined) return checkMove(mandateOf(move.issue), move, plan, record);
  const dimensions = move.dimensions.map((on) => {
    const alone: Move = { ...move, ...positionOn(on), dimensions: undefined };
    const verdict = checkMove(mandateOf(move.issue, on.dimension), alone, plan, record);
    return {
      dimension: on.dimension,
      verdict: { ...verdict, explanation: `On ${on.dimension}: ${verdict.explanation}` },
    };
  });
  const worst = dimensions.reduce((a, b) =>
    severityOf(b.verdict.verdict) > severityOf(a.verdict.verdict) ? b : a,
  );
  const cites = [...new Set(dimensions.flatMap(({ verdict }) => verdict.cites))];
  return { ...worst.verdict, cites, dimension: worst.dimension, dimensions };
}

import type { Verdict } from '../../core/index.js';
import type { PresentedVerdict } from '../schemas/verdict-schemas.js';

/**
 * A verdict with its citations turned into registry numbers. Verdicts are
 * computed in their viewer's scope, so every cable cited is one they may read;
 * one that is not (none should be) is left out rather than counted.
 */
export function presentVerdict(verdict: Verdict, numbers: ReadonlyMap<string, string>): PresentedVerdict {
  const cited = (id: string) => (numbers.has(id) ? { id, number: numbers.get(id)! } : null);
  const cites = verdict.cites.map(cited).filter((cite) => cite !== null);
  return {
    verdict: verdict.verdict,
    clause: verdict.clause,
    directive: verdict.directive ? cited(verdict.directive) : null,
    explanation: verdict.explanation,
    cites,
    ...(verdict.original
      ? {
          original: {
            verdict: verdict.original.verdict,
            clause: verdict.original.clause,
            explanation: verdict.original.explanation,
          },
        }
      : {}),
    ...(verdict.dimension === undefined ? {} : { dimension: verdict.dimension }),
    ...(verdict.dimensions
      ? {
          dimensions: verdict.dimensions.map(({ dimension, verdict: on }) => ({
            dimension,
            verdict: { verdict: on.verdict, clause: on.clause, explanation: on.explanation },
          })),
        }
      : {}),
  };
}

import type { Verdict } from '../../core/index.js';
import type { PresentedVerdict } from '../schemas/verdict-schemas.js';

/** A verdict with its citations turned into registry numbers where the viewer may read them. */
export function presentVerdict(verdict: Verdict, numbers: ReadonlyMap<string, string>): PresentedVerdict {
  const cited = (id: string) => (numbers.has(id) ? { id, number: numbers.get(id)! } : null);
  const cites = verdict.cites.map(cited).filter((cite) => cite !== null);
  return {
    verdict: verdict.verdict,
    clause: verdict.clause,
    directive: verdict.directive ? cited(verdict.directive) : null,
    explanation: verdict.explanation,
    cites,
    unreadableCitations: verdict.cites.length - cites.length,
  };
}

/** The verdicts a move of ours can get against the mandate in force (PRODUCT.md §Move), best first. */
export const VERDICTS = ['WITHIN', 'NEEDS_AUTHORITY', 'LINKAGE_UNMET', 'RED_LINE', 'UNMANDATED'] as const;
export type VerdictCode = (typeof VERDICTS)[number];

export const CLAUSE_KINDS = [
  'red-line',
  'linkage',
  'authority',
  'ladder',
  'no-mandate',
  'ratification',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/**
 * A verdict with its reasons: the clause that decided it, the directive cable
 * the clause comes from, a sentence a person can read aloud, and every cable
 * the evaluation rested on.
 */
export interface Verdict {
  verdict: VerdictCode;
  clause: { kind: ClauseKind; id: string | null };
  directive: string | null;
  explanation: string;
  cites: string[];
  /** For a move the principal ratified after the fact: the verdict it had against the mandate, kept. */
  original?: Verdict;
  /** On an issue of several dimensions, the one whose mandate decided this verdict (the worst of the move's). */
  dimension?: string;
  /** On an issue of several dimensions, the verdict on each dimension the move states a position on, in its order. */
  dimensions?: { dimension: string; verdict: Verdict }[];
}

/** How bad a verdict is, for the worst of several: WITHIN 0 … UNMANDATED and RED_LINE highest. */
export function severityOf(verdict: VerdictCode): number {
  return { WITHIN: 0, NEEDS_AUTHORITY: 1, LINKAGE_UNMET: 2, UNMANDATED: 3, RED_LINE: 4 }[verdict];
}

export function worstOf(verdicts: readonly VerdictCode[]): VerdictCode | null {
  return verdicts.reduce<VerdictCode | null>(
    (worst, verdict) => (worst === null || severityOf(verdict) > severityOf(worst) ? verdict : worst),
    null,
  );
}

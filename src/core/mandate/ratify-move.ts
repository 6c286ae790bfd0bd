import type { DirectiveRecord } from './project-mandate.js';
import type { Verdict } from './verdict.js';

/**
 * The directive that ratified the move at place `idx` of the report `report`,
 * among `directives` (in registry order, the first to ratify it), or null. A
 * ratification takes effect whatever the mandate said when the move was made,
 * so its effective time does not matter, only that it is known.
 */
export function ratifierOf(
  directives: readonly DirectiveRecord[],
  report: string,
  idx: number,
): string | null {
  const found = directives.find(({ amendment }) =>
    amendment.changes.some(
      (change) => change.op === 'ratify' && change.report === report && change.move === idx,
    ),
  );
  return found?.cable ?? null;
}

/**
 * A move's verdict once ratified by `directive` (issue 11): WITHIN, "ratified
 * by" that cable, citing it beside what the original cited, the original kept.
 * A move already WITHIN keeps its verdict: there was nothing to ratify.
 *
 * @example ratified(needsAuthority, 'dir-9').verdict === 'WITHIN'
 */
export function ratified(original: Verdict, directive: string): Verdict {
  if (original.verdict === 'WITHIN') return original;
  return {
    verdict: 'WITHIN',
    clause: { kind: 'ratification', id: null },
    directive,
    explanation: `Ratified after the fact by the principal's directive; against the mandate it was ${original.verdict}: ${original.explanation}`,
    cites: [...new Set([...original.cites, directive])],
    original,
  };
}

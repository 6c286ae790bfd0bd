import type { Dimension, DirectiveRecord, Mandate } from '../../core/index.js';

type Numbers = ReadonlyMap<string, string>;

const cited = (numbers: Numbers, id: string | null) =>
  id !== null && numbers.has(id) ? { id, number: numbers.get(id)! } : null;

/** A mandate with each clause's directive shown by registry number. */
export function presentMandate(mandate: Mandate, numbers: Numbers) {
  return {
    issue: mandate.issue,
    ...(mandate.dimension === undefined ? {} : { dimension: mandate.dimension }),
    ladder: mandate.ladder,
    authority: mandate.authority,
    ladderFrom: cited(numbers, mandate.ladderFrom),
    authorityFrom: cited(numbers, mandate.authorityFrom),
    redLines: mandate.redLines.map(({ clause, directive }) => ({
      clause,
      directive: cited(numbers, directive),
    })),
    linkages: mandate.linkages.map(({ clause, directive }) => ({
      clause,
      directive: cited(numbers, directive),
    })),
    directives: mandate.directives.flatMap((id) => cited(numbers, id) ?? []),
  };
}

/** A directive in a mandate's history. */
export function presentHistoryEntry(
  entry: { directive: DirectiveRecord; effectiveAt: string },
  numbers: Numbers,
) {
  return {
    directive: cited(numbers, entry.directive.cable) ?? { id: entry.directive.cable, number: '?' },
    registeredAt: entry.directive.registeredAt,
    effectiveAt: entry.effectiveAt,
    ...(entry.directive.amendment.dimension === undefined
      ? {}
      : { dimension: entry.directive.amendment.dimension }),
    changes: entry.directive.amendment.changes,
  };
}

/** The mandate on each dimension of an issue, for an issue negotiated in several. */
export function presentDimensionMandates(
  dimensions: readonly { dimension: Dimension; mandate: Mandate | null }[],
  numbers: Numbers,
) {
  return dimensions.map(({ dimension, mandate }) => ({
    dimension,
    mandate: mandate && presentMandate(mandate, numbers),
  }));
}

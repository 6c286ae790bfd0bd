import { applyAmendment, type MandateAmendment } from './amendment.js';
import { emptyMandate, type Mandate } from './mandate.js';

/** A directive cable's amendment, as the registry holds it. */
export interface DirectiveRecord {
  cable: string;
  registeredAt: string;
  amendment: MandateAmendment;
}

/** When an amendment takes effect: from its `effectiveAt` if it corrects the past, else from its registration. */
export function effectiveAt(directive: DirectiveRecord): string {
  return directive.amendment.effectiveAt ?? directive.registeredAt;
}

/**
 * Directives in the order they take effect: by effective time, then in the
 * order given (registry order). A correction that reaches back is applied
 * where it takes effect, so it never undoes a later directive it does not
 * name (issue 11).
 */
export function inOrderOfEffect<T extends DirectiveRecord>(directives: readonly T[]): T[] {
  return directives
    .map((directive, order) => ({ directive, order, at: Date.parse(effectiveAt(directive)) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ directive }) => directive);
}

/**
 * The mandate on `issue` in force at the instant `at` (PRODUCT.md §Mandate: a
 * projection of directive cables). `directives` are those known to the
 * evaluator, in registry order; they apply in the order they take effect, and
 * those that take effect after `at` are left out. Null when none applies: the
 * issue has no mandate. With `dimension`, the mandate on that one term of the
 * issue, shaped only by the directives that name it; without, the mandate on
 * the issue as one term, shaped by those that name none.
 */
export function projectMandate(
  issue: string,
  directives: readonly DirectiveRecord[],
  at: string,
  dimension?: string,
): Mandate | null {
  const instant = Date.parse(at);
  let mandate: Mandate | null = null;
  const onIssue = directives.filter(
    ({ amendment }) => amendment.issue === issue && amendment.dimension === dimension,
  );
  for (const directive of inOrderOfEffect(onIssue)) {
    if (Date.parse(effectiveAt(directive)) > instant) break;
    mandate = applyAmendment(mandate ?? emptyMandate(issue, dimension), directive.amendment, directive.cable);
  }
  return mandate;
}

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
 * The mandate on `issue` in force at the instant `at` (PRODUCT.md §Mandate: a
 * projection of directive cables). `directives` are those known to the
 * evaluator, in registry order; those that take effect after `at` are left
 * out. Null when none applies: the issue has no mandate.
 */
export function projectMandate(
  issue: string,
  directives: readonly DirectiveRecord[],
  at: string,
): Mandate | null {
  const instant = Date.parse(at);
  let mandate: Mandate | null = null;
  for (const directive of directives) {
    if (directive.amendment.issue !== issue || Date.parse(effectiveAt(directive)) > instant) continue;
    mandate = applyAmendment(mandate ?? emptyMandate(issue), directive.amendment, directive.cable);
  }
  return mandate;
}

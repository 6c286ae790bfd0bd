import type { Condition, Linkage, MandateChange, Position, RedLineRule, Terms } from '../../api/schema.js';
import { isNumeric } from '../../api/vocabulary.js';

/** How ids read aloud: issue titles, party names, ladder step labels. Unknown ids read as themselves. */
export interface Names {
  issue(id: string): string;
  party(id: string): string;
  step(id: string): string;
}

export const BARE_NAMES: Names = { issue: (id) => id, party: (id) => id, step: (id) => id };

/** A ladder step: its label, and for a number its range, e.g. 'Reparations (10–12 billion-usd, more is better)'. */
export function describePosition(position: Position): string {
  if (!isNumeric(position)) return position.label;
  const range = position.min === position.max ? `${position.min}` : `${position.min}–${position.max}`;
  return `${position.label} (${range} ${position.unit}, ${position.direction.replaceAll('-', ' ')})`;
}

/** What a linkage on content asks to be settled: ' at ‘four-power-pact’', ' at 100 million-usd or more'. */
function termsIn(terms: Terms | undefined): string {
  if (!terms) return '';
  const unit = terms.unit ? ` ${terms.unit}` : '';
  const bounds = [
    terms.atLeast !== undefined ? `${terms.atLeast}${unit} or more` : null,
    terms.atMost !== undefined ? `${terms.atMost}${unit} or less` : null,
  ].filter((part) => part !== null);
  const parts = [terms.position !== undefined ? `‘${terms.position}’` : null, bounds.join(' and ') || null];
  return ` at ${parts.filter((part) => part !== null).join(', ')}`;
}

/**
 * A linkage's condition in words, as the server explains it: 'the United
 * States moves on balkans', with brackets where 'or' sits inside 'and'.
 */
export function describeCondition(condition: Condition, names: Names = BARE_NAMES): string {
  switch (condition.type) {
    case 'their-move':
      return `${condition.party ? names.party(condition.party) : 'the other side'} moves on ${names.issue(condition.issue)}${termsIn(condition.terms)}`;
    case 'agreement':
      return `agreement is reached on ${names.issue(condition.issue)}${termsIn(condition.terms)}`;
    case 'any':
    case 'all': {
      const joiner = condition.type === 'any' ? ' or ' : ' and ';
      return condition.of
        .map((part) => {
          const words = describeCondition(part, names);
          return part.type !== condition.type && (part.type === 'any' || part.type === 'all')
            ? `(${words})`
            : words;
        })
        .join(joiner);
    }
  }
}

/** What a red line forbids, in words. */
export function describeRule(rule: RedLineRule, names: Names = BARE_NAMES): string {
  switch (rule.type) {
    case 'forbid-positions':
      return `never: ${rule.positions.map((p) => `‘${names.step(p)}’`).join(', ')}`;
    case 'numeric-bound':
      return `never ${rule.direction === 'more-is-better' ? 'below' : 'above'} ${rule.bound} ${rule.unit}`;
    case 'participation': {
      const items = rule.issues.includes('*') ? 'any item' : rule.issues.map(names.issue).join(', ');
      return `${names.party(rule.party)} takes no part in ${items}`;
    }
    case 'keep-participation':
      return 'no party joins an item beyond those its procedural rule names';
    case 'decision-rule':
      return `never decide by ${rule.forbids.join(' or ')}`;
  }
}

/** Which steps a linkage holds back, and until when. */
export function describeLinkage(linkage: Linkage, names: Names = BARE_NAMES): string {
  const held = linkage.positions
    ? linkage.positions.map((p) => `‘${names.step(p)}’`).join(', ')
    : 'every move but a rejection';
  return `holds back ${held} until ${describeCondition(linkage.condition, names)}`;
}

/** One change of a directive, as a sentence (the steps of a new ladder are listed apart). */
export function describeChange(change: MandateChange, names: Names = BARE_NAMES): string {
  switch (change.op) {
    case 'set-ladder': {
      const opening = change.authority ?? change.ladder[0]?.id;
      const steps = change.ladder.length === 1 ? '1 step' : `${change.ladder.length} steps`;
      return `Sets the ladder (${steps}); may move alone up to ‘${opening ? names.step(opening) : '—'}’`;
    }
    case 'insert-step':
      return `Inserts the step ‘${change.step.label}’ after ‘${names.step(change.after)}’`;
    case 'append-step':
      return `Appends the step ‘${change.step.label}’ below the last`;
    case 'release-next':
      return 'Releases the next step';
    case 'release-to':
      return `Releases up to ‘${names.step(change.position)}’`;
    case 'withdraw-authority':
      return change.position
        ? `Withdraws authority beyond ‘${names.step(change.position)}’`
        : 'Withdraws all authority: not even the opening without asking';
    case 'add-red-line':
      return `Adds the red line ${change.redLine.id}: ${change.redLine.description} (${describeRule(change.redLine.rule, names)})`;
    case 'remove-red-line':
      return `Removes the red line ${change.id}`;
    case 'add-linkage':
      return `Adds the linkage ${change.linkage.id}: ${change.linkage.description} (${describeLinkage(change.linkage, names)})`;
    case 'remove-linkage':
      return `Removes the linkage ${change.id}`;
    case 'ratify':
      return `Ratifies move ${change.move + 1} of the report ${change.report}`;
  }
}

/** Names from a conference's plan and the ladders in view (a new ladder's steps are not in the mandate yet). */
export function namesFrom(
  plan: { issues: { id: string; title: string }[]; parties: { id: string; name: string }[] } | null,
  ladders: readonly (readonly Position[])[],
): Names {
  const issues = new Map(plan?.issues.map((issue) => [issue.id, issue.title]));
  const parties = new Map(plan?.parties.map((party) => [party.id, party.name]));
  const steps = new Map(ladders.flatMap((ladder) => ladder.map((step) => [step.id, step.label] as const)));
  return {
    issue: (id) => issues.get(id) ?? id,
    party: (id) => parties.get(id) ?? id,
    step: (id) => steps.get(id) ?? id,
  };
}

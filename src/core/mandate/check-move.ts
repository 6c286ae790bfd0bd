import type { ConferencePlan } from '../conference/conference.js';
import {
  type Condition,
  isNumeric,
  type Linkage,
  type Mandate,
  type RedLine,
  type Terms,
} from './mandate.js';
import type { DimensionPosition, Move, MoveType, RecordedMove } from './move.js';
import type { Verdict } from './verdict.js';

/** Moves that commit us to something; a rejection never does. */
const COMMITTING: readonly MoveType[] = ['proposal', 'concession', 'acceptance', 'agreement'];
/** What counts as the other side "moving" on an issue, for a linkage. */
const THEIR_MOVES: readonly MoveType[] = ['concession', 'acceptance', 'agreement'];

/**
 * The verdict on one of our moves against the mandate in force at its time
 * (PRODUCT.md §Move). The order of the checks is the order of precedence: a
 * red line wins over everything, then an unmet linkage, then authority — so
 * a red line is RED_LINE whatever the delegation was authorised to do.
 *
 * `mandate` is null when no directive has ever given one for the issue;
 * `record` holds the moves reported before this one, as evidence for linkages.
 * Every verdict cites the directives behind the mandate and any report it used.
 *
 * @example checkMove(null, aMove({ issue: 'austria-currency' }), plan, []).verdict === 'UNMANDATED'
 */
export function checkMove(
  mandate: Mandate | null,
  move: Move,
  plan: ConferencePlan,
  record: readonly RecordedMove[],
): Verdict {
  if (move.side !== 'ours') throw new TypeError('only our own moves get a verdict');
  if (mandate === null || mandate.directives.length === 0) {
    return {
      verdict: 'UNMANDATED',
      clause: { kind: 'no-mandate', id: null },
      directive: null,
      explanation: `No directive has given a mandate on ${move.issue}.`,
      cites: [],
    };
  }
  const cites = [...mandate.directives];
  if (!COMMITTING.includes(move.type)) {
    return within(mandate, `A ${move.type} commits the delegation to nothing.`, cites);
  }
  for (const { clause, directive } of mandate.redLines) {
    if (breaks(clause, move, plan)) {
      return {
        verdict: 'RED_LINE',
        clause: { kind: 'red-line', id: clause.id },
        directive,
        explanation: `Crosses the red line '${clause.id}': ${clause.description}`,
        cites,
      };
    }
  }
  const step = stepOf(mandate, move);
  for (const { clause, directive } of mandate.linkages) {
    if (!holdsBack(clause, mandate, step)) continue;
    const evidence = evidenceFor(clause.condition, record);
    if (evidence === null) {
      return {
        verdict: 'LINKAGE_UNMET',
        clause: { kind: 'linkage', id: clause.id },
        directive,
        explanation: `Held back by the linkage '${clause.id}' until ${describe(clause.condition)}: ${clause.description}`,
        cites,
      };
    }
    cites.push(...evidence.filter((cable) => !cites.includes(cable)));
  }
  if (step === null || step > mandate.authority) {
    const beyond =
      step === null ? 'is not a step of the ladder' : `is step ${step + 1} of ${mandate.ladder.length}`;
    const limit =
      mandate.authority < 0
        ? 'the delegation may not move alone at all'
        : `the delegation may go alone only to '${mandate.ladder[mandate.authority]!.label}'`;
    return {
      verdict: 'NEEDS_AUTHORITY',
      clause: { kind: 'authority', id: mandate.ladder[mandate.authority]?.id ?? null },
      directive: mandate.authorityFrom,
      explanation: `The move ${beyond}; ${limit}.`,
      cites,
    };
  }
  // The step rests on the directive that released it, not only on the one that drew the ladder.
  const released = mandate.ladder[step]!;
  return {
    verdict: 'WITHIN',
    clause: { kind: 'ladder', id: released.id },
    directive: mandate.authorityFrom,
    explanation: `Step ${step + 1} of ${mandate.ladder.length} ('${released.label}') is released.`,
    cites,
  };
}

function within(mandate: Mandate, explanation: string, cites: string[]): Verdict {
  return {
    verdict: 'WITHIN',
    clause: { kind: 'ladder', id: null },
    directive: mandate.ladderFrom,
    explanation,
    cites,
  };
}

/**
 * The ladder step a move puts us on: the named position, or for a number the
 * first step (from the opening down) whose range the value meets or betters.
 * Null when the move is off the ladder.
 */
export function stepOf(mandate: Mandate, move: Move): number | null {
  if (move.position !== undefined) {
    const index = mandate.ladder.findIndex((step) => step.id === move.position);
    return index < 0 ? null : index;
  }
  if (move.value !== undefined) {
    const value = move.value;
    const index = mandate.ladder.findIndex(
      (step) =>
        isNumeric(step) &&
        (move.unit === undefined || move.unit === step.unit) &&
        (step.direction === 'more-is-better' ? value >= step.min : value <= step.max),
    );
    return index < 0 ? null : index;
  }
  // A move that names neither a step nor a number keeps us where we stand: the opening.
  return mandate.ladder.length > 0 ? 0 : null;
}

function breaks(redLine: RedLine, move: Move, plan: ConferencePlan): boolean {
  const { rule } = redLine;
  switch (rule.type) {
    case 'forbid-positions':
      return move.position !== undefined && rule.positions.includes(move.position);
    case 'numeric-bound': {
      if (move.value === undefined || (move.unit !== undefined && move.unit !== rule.unit)) return false;
      return rule.direction === 'more-is-better' ? move.value < rule.bound : move.value > rule.bound;
    }
    case 'participation':
      return (move.participation ?? []).some(
        (entry) =>
          entry.party === rule.party &&
          (rule.issues.includes('*') ||
            entry.issues.includes('*') ||
            entry.issues.some((i) => rule.issues.includes(i))),
      );
    case 'keep-participation':
      return (move.participation ?? []).some((entry) =>
        plan.issues.some(
          (issue) =>
            issue.participants !== undefined &&
            !issue.participants.includes(entry.party) &&
            (entry.issues.includes('*') || entry.issues.includes(issue.id)),
        ),
      );
    case 'decision-rule':
      return move.decisionRule !== undefined && rule.forbids.includes(move.decisionRule);
  }
}

/** Does the linkage hold back the step the move puts us on? One with no positions holds back every step. */
function holdsBack(linkage: Linkage, mandate: Mandate, step: number | null): boolean {
  if (linkage.positions === undefined) return true;
  if (step === null) return false;
  return linkage.positions.includes(mandate.ladder[step]!.id);
}

/** The cables that show a condition holds, or null when it does not. */
export function evidenceFor(condition: Condition, record: readonly RecordedMove[]): string[] | null {
  switch (condition.type) {
    case 'their-move': {
      const found = record.find(
        ({ move }) =>
          move.side === 'theirs' &&
          move.issue === condition.issue &&
          THEIR_MOVES.includes(move.type) &&
          (condition.party === undefined || move.party === condition.party) &&
          isOnTerms(move, condition.terms),
      );
      return found ? [found.cable] : null;
    }
    case 'agreement': {
      const found = record.find(
        ({ move }) =>
          move.issue === condition.issue && move.type === 'agreement' && isOnTerms(move, condition.terms),
      );
      return found ? [found.cable] : null;
    }
    case 'any': {
      for (const part of condition.of) {
        const evidence = evidenceFor(part, record);
        if (evidence) return evidence;
      }
      return null;
    }
    case 'all': {
      const evidence: string[] = [];
      for (const part of condition.of) {
        const found = evidenceFor(part, record);
        if (!found) return null;
        evidence.push(...found);
      }
      return [...new Set(evidence)];
    }
  }
}

/**
 * Whether a move settled what the terms ask: the step they name, and a number
 * at or within their bounds in their unit. No terms: any move on the issue will do.
 */
export function isOnTerms(move: Move, terms: Terms | undefined): boolean {
  if (terms === undefined) return true;
  if (terms.dimension !== undefined) {
    // Terms on one dimension are settled by the move's position on it, and only by that.
    const on = move.dimensions?.find((entry) => entry.dimension === terms.dimension);
    if (on === undefined) return false;
    return isOnTerms({ ...move, ...positionOn(on) }, { ...terms, dimension: undefined });
  }
  if (terms.position !== undefined && move.position !== terms.position) return false;
  if (terms.atLeast === undefined && terms.atMost === undefined) return true;
  if (move.value === undefined) return false;
  if (terms.unit !== undefined && move.unit !== undefined && move.unit !== terms.unit) return false;
  return (terms.atLeast ?? -Infinity) <= move.value && move.value <= (terms.atMost ?? Infinity);
}

/** Terms in words: " at 'accept-pact'", " at 10 billion-usd or more". */
export function describeTerms(terms: Terms | undefined): string {
  if (terms === undefined) return '';
  if (terms.dimension !== undefined)
    return ` on ${terms.dimension}${describeTerms({ ...terms, dimension: undefined })}`;
  const unit = terms.unit ? ` ${terms.unit}` : '';
  const parts = [
    terms.position !== undefined ? `'${terms.position}'` : null,
    terms.atLeast !== undefined && terms.atMost !== undefined
      ? `${terms.atLeast} to ${terms.atMost}${unit}`
      : terms.atLeast !== undefined
        ? `${terms.atLeast}${unit} or more`
        : terms.atMost !== undefined
          ? `${terms.atMost}${unit} or less`
          : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '' : ` at ${parts.join(', ')}`;
}

/** A condition in words, for explanations. */
export function describe(condition: Condition): string {
  switch (condition.type) {
    case 'their-move':
      return `${condition.party ?? 'the other side'} moves on ${condition.issue}${describeTerms(condition.terms)}`;
    case 'agreement':
      return `agreement is reached on ${condition.issue}${describeTerms(condition.terms)}`;
    case 'any':
      return condition.of.map(describe).join(' or ');
    case 'all':
      return condition.of.map(describe).join(' and ');
  }
}

/** A move's position on one dimension, as the fields a move on an issue of one term would carry. */
export function positionOn(on: DimensionPosition): Pick<Move, 'position' | 'value' | 'unit'> {
  return { position: on.position, value: on.value, unit: on.unit };
}

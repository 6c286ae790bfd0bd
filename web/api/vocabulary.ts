import type { DecisionRule, MoveType, Position, RedLineRule, VerdictCode } from './schema.js';

/**
 * The closed sets the UI offers and ranks, checked against the API's types so
 * that a change on the server fails the type check here. Best first (PRODUCT.md §Move).
 */
export const VERDICTS = [
  'WITHIN',
  'NEEDS_AUTHORITY',
  'LINKAGE_UNMET',
  'RED_LINE',
  'UNMANDATED',
] as const satisfies readonly VerdictCode[];

/** How bad a verdict is, as the server ranks it for a report's worst: a red line is the worst. */
export function severityOf(verdict: VerdictCode): number {
  return { WITHIN: 0, NEEDS_AUTHORITY: 1, LINKAGE_UNMET: 2, UNMANDATED: 3, RED_LINE: 4 }[verdict];
}

export const DECISION_RULES = [
  'unanimity',
  'majority',
  'two-thirds',
] as const satisfies readonly DecisionRule[];

export const MOVE_TYPES = [
  'proposal',
  'concession',
  'acceptance',
  'rejection',
  'agreement',
] as const satisfies readonly MoveType[];

export const RED_LINE_TYPES = [
  'forbid-positions',
  'numeric-bound',
  'participation',
  'keep-participation',
  'decision-rule',
] as const satisfies readonly RedLineRule['type'][];

export type NumericPositionOf<P extends Position> = Extract<P, { unit: string }>;

export function isNumeric(position: Position): position is NumericPositionOf<Position> {
  return 'unit' in position;
}

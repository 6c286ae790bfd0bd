import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { DECISION_RULES, DIMENSION_ID } from '../conference/conference.js';

export const MOVE_TYPES = ['proposal', 'concession', 'acceptance', 'rejection', 'agreement'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

export const SIDES = ['ours', 'theirs'] as const;
export type Side = (typeof SIDES)[number];

const POSITION_ID = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a position id');

/** A move's position on one dimension of an issue negotiated in several (issue 11): a step, or a number in a unit. */
export const DimensionPositionSchema = z.strictObject({
  dimension: DIMENSION_ID,
  position: POSITION_ID.optional(),
  value: z.number().finite().optional(),
  unit: z.string().min(1).max(40).optional(),
});
export type DimensionPosition = z.infer<typeof DimensionPositionSchema>;

/**
 * One move at the table as the delegation reports it (PRODUCT.md §Move). What
 * was put forward is said in whichever terms fit the issue: a step of the
 * ladder (`position`), a number (`value` in `unit`), who takes part in which
 * items (`participation`), or how an item is decided (`decisionRule`).
 */
export const MoveSchema = z.strictObject({
  issue: ISSUE_TAG,
  side: z.enum(SIDES),
  type: z.enum(MOVE_TYPES),
  /** The other side's party that moved (for `theirs`), e.g. `us`. */
  party: PARTICIPANT_ID.optional(),
  session: PARTICIPANT_ID.optional(),
  position: POSITION_ID.optional(),
  value: z.number().finite().optional(),
  unit: z.string().min(1).max(40).optional(),
  /**
   * On an issue negotiated in several dimensions, the move's position on one
   * or more of them, each judged against that dimension's mandate.
   */
  dimensions: z.array(DimensionPositionSchema).min(1).max(10).optional(),
  participation: z
    .array(
      z.strictObject({ party: PARTICIPANT_ID, issues: z.array(z.union([ISSUE_TAG, z.literal('*')])).min(1) }),
    )
    .max(10)
    .optional(),
  decisionRule: z.enum(DECISION_RULES).optional(),
  summary: z.string().min(1).max(500),
  /**
   * When the move was made at the table; absent, the report's registration.
   * A report often arrives after the move it tells of, and the move is judged
   * against the mandate in force when it was made (issue 11).
   */
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});
export type Move = z.infer<typeof MoveSchema>;

/** The payload of a report cable: the moves it reports, in the order they happened. */
export const MovesPayloadSchema = z.strictObject({
  type: z.literal('moves'),
  conference: z.string().min(1).max(64),
  moves: z.array(MoveSchema).min(1).max(50),
});
export type MovesPayload = z.infer<typeof MovesPayloadSchema>;

/** A move already on record, as evidence for linkages: who did what, and in which cable. */
export interface RecordedMove {
  move: Move;
  cable: string;
}

/** A reported move where the registry holds it: its report's chain position and registration. */
export interface PlacedMove {
  move: Move;
  cableSeq: number;
  idx: number;
  registeredAt: string;
}

/** When a reported move happened: its `occurredAt`, or else its report's registration. */
export function occurredAtOf(placed: Pick<PlacedMove, 'move' | 'registeredAt'>): string {
  return placed.move.occurredAt ?? placed.registeredAt;
}

/**
 * Whether `a` happened before `b`: by the instant each happened, then in
 * registry order (report, then place in the report), so moves reported
 * together keep the order the report gives them.
 */
export function happenedBefore(a: PlacedMove, b: PlacedMove): boolean {
  const [at, bt] = [Date.parse(occurredAtOf(a)), Date.parse(occurredAtOf(b))];
  if (at !== bt) return at < bt;
  return a.cableSeq !== b.cableSeq ? a.cableSeq < b.cableSeq : a.idx < b.idx;
}

/** Moves in the order they happened (see `happenedBefore`); each instant is read once, not at every comparison. */
export function inOrderOfOccurrence<T extends PlacedMove>(moves: readonly T[]): T[] {
  return moves
    .map((placed) => ({ placed, at: Date.parse(occurredAtOf(placed)) }))
    .sort((a, b) => a.at - b.at || a.placed.cableSeq - b.placed.cableSeq || a.placed.idx - b.placed.idx)
    .map(({ placed }) => placed);
}

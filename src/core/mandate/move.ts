import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { DECISION_RULES } from '../conference/conference.js';

export const MOVE_TYPES = ['proposal', 'concession', 'acceptance', 'rejection', 'agreement'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

export const SIDES = ['ours', 'theirs'] as const;
export type Side = (typeof SIDES)[number];

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
  position: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a position id')
    .optional(),
  value: z.number().finite().optional(),
  unit: z.string().min(1).max(40).optional(),
  participation: z
    .array(
      z.strictObject({ party: PARTICIPANT_ID, issues: z.array(z.union([ISSUE_TAG, z.literal('*')])).min(1) }),
    )
    .max(10)
    .optional(),
  decisionRule: z.enum(DECISION_RULES).optional(),
  summary: z.string().min(1).max(500),
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

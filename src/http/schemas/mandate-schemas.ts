import { z } from 'zod';
import {
  ConferencePlanSchema,
  DimensionSchema,
  IssueSchema,
  LinkageSchema,
  MandateChangeSchema,
  MoveSchema,
  PositionSchema,
  RedLineSchema,
} from '../../core/index.js';
import { VerdictSchema } from './verdict-schemas.js';

const CitedCableSchema = z.object({ id: z.string(), number: z.string() });

/** A mandate as shown: its clauses, each with the directive it comes from. */
export const MandateViewSchema = z.object({
  issue: z.string(),
  /** On an issue of several dimensions, the one this mandate is for. */
  dimension: z.string().optional(),
  ladder: z.array(PositionSchema),
  /** Index of the highest step the delegation may take alone; -1: none. */
  authority: z.number().int(),
  ladderFrom: CitedCableSchema.nullable(),
  authorityFrom: CitedCableSchema.nullable(),
  redLines: z.array(z.object({ clause: RedLineSchema, directive: CitedCableSchema.nullable() })),
  linkages: z.array(z.object({ clause: LinkageSchema, directive: CitedCableSchema.nullable() })),
  directives: z.array(CitedCableSchema),
});

/** The mandate on each dimension of an issue negotiated in several (issue 11); empty for an issue of one term. */
const DimensionMandatesSchema = z.array(
  z.object({ dimension: DimensionSchema, mandate: MandateViewSchema.nullable() }),
);

export const ConferenceListSchema = z.object({
  conferences: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      place: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      plan: z.unknown().nullable(),
    }),
  ),
});

export const MandatesResponseSchema = z.object({
  at: z.string(),
  plan: ConferencePlanSchema,
  mandates: z.array(
    z.object({
      issue: IssueSchema,
      mandate: MandateViewSchema.nullable(),
      dimensions: DimensionMandatesSchema,
    }),
  ),
});

export const MandateResponseSchema = z.object({
  at: z.string(),
  issue: IssueSchema,
  mandate: MandateViewSchema.nullable(),
  dimensions: DimensionMandatesSchema,
  history: z.array(
    z.object({
      directive: CitedCableSchema,
      registeredAt: z.string(),
      effectiveAt: z.string(),
      dimension: z.string().optional(),
      changes: z.array(MandateChangeSchema),
    }),
  ),
});

export const AtQuerySchema = z.strictObject({
  at: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});

export const CheckRequestSchema = z.strictObject({
  move: MoveSchema.omit({ side: true }).extend({ side: z.literal('ours').optional() }),
  at: z.iso.datetime({ offset: true }).optional(),
});

export const CheckResponseSchema = z.object({
  verdict: VerdictSchema,
  mandate: MandateViewSchema.nullable(),
});

export const MovesResponseSchema = z.object({
  moves: z.array(
    z.object({
      report: CitedCableSchema,
      registeredAt: z.string(),
      idx: z.number().int(),
      move: MoveSchema,
      verdict: VerdictSchema.nullable(),
      evaluations: z.number().int(),
    }),
  ),
});

export const ReevaluateResponseSchema = z.object({
  changed: z.array(
    z.object({
      report: CitedCableSchema.nullable(),
      idx: z.number().int(),
      was: VerdictSchema,
      now: VerdictSchema,
    }),
  ),
});

export const AlertsResponseSchema = z.object({
  alerts: z.array(
    z.object({
      id: z.string().meta({ description: "The report's id and the move's place in it" }),
      report: CitedCableSchema,
      idx: z.number().int(),
      verdict: z.string(),
      precedenceRank: z.number().int(),
      createdAt: z.string(),
      seenAt: z.string().nullable(),
    }),
  ),
  unseen: z.number().int(),
});

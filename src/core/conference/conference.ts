import { z } from 'zod';
import { PARTICIPANT_ID } from '../cable/cable-draft.js';

/** How a conference takes decisions on an issue (PRODUCT.md §Conference: procedural rules are data). */
export const DECISION_RULES = ['unanimity', 'majority', 'two-thirds'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

const ID = PARTICIPANT_ID;

export const PartySchema = z.strictObject({
  id: ID,
  name: z.string().min(1).max(80),
  head: z.string().max(80).optional(),
});
export type Party = z.infer<typeof PartySchema>;

/**
 * One term of an issue negotiated together with others (issue 11): the
 * frontier line and the regime of the city; a reparations total and its form.
 * Each has its own ladder, authority and red lines.
 */
export const DIMENSION_ID = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a dimension id: lower-case letters, digits and dashes');

export const DimensionSchema = z.strictObject({
  id: DIMENSION_ID,
  title: z.string().min(1).max(200),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * An agenda item, with its procedural rule: which parties take part in it and
 * how it is decided. An issue with no list of participants is open to all;
 * one with no dimensions is negotiated as one term.
 */
export const IssueSchema = z.strictObject({
  id: ID,
  title: z.string().min(1).max(200),
  participants: z.array(ID).optional(),
  decision: z.enum(DECISION_RULES).default('unanimity'),
  dimensions: z.array(DimensionSchema).min(1).max(10).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const SessionSchema = z.strictObject({
  id: ID,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date such as 1945-09-11'),
  place: z.string().max(120),
  participants: z.array(ID),
  agenda: z.array(ID),
});
export type Session = z.infer<typeof SessionSchema>;

/** A conference's parties, issues and sessions; `ourParty` is the delegation plenipo steers. */
export const ConferencePlanSchema = z.strictObject({
  ourParty: ID,
  /** People alerted when a reported move is not within the mandate. */
  principals: z.array(ID).min(1),
  /** The people of our delegation, who report moves at the table. */
  delegation: z.array(ID).default([]),
  parties: z.array(PartySchema).min(2),
  issues: z.array(IssueSchema),
  sessions: z.array(SessionSchema).default([]),
});
export type ConferencePlan = z.infer<typeof ConferencePlanSchema>;

export function issueOf(plan: ConferencePlan, issue: string): Issue | undefined {
  return plan.issues.find((candidate) => candidate.id === issue);
}

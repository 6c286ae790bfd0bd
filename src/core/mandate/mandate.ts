import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { DECISION_RULES, DIMENSION_ID } from '../conference/conference.js';

const CLAUSE_ID = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a clause id: lower-case, digits, dashes');

/** A categorical step of a ladder: "individual trusteeship", "no base, warship calls". */
export const CategoricalPositionSchema = z.strictObject({
  id: CLAUSE_ID,
  label: z.string().min(1).max(200),
});

/** A numeric step: a range in a unit, with the direction in which the delegation is better off. */
export const NumericPositionSchema = z.strictObject({
  id: CLAUSE_ID,
  label: z.string().min(1).max(200),
  min: z.number().finite(),
  max: z.number().finite(),
  unit: z.string().min(1).max(40),
  direction: z.enum(['more-is-better', 'less-is-better']),
});

export const PositionSchema = z.union([NumericPositionSchema, CategoricalPositionSchema]);
export type Position = z.infer<typeof PositionSchema>;
export type NumericPosition = z.infer<typeof NumericPositionSchema>;

export function isNumeric(position: Position): position is NumericPosition {
  return 'unit' in position;
}

/**
 * What the move on another issue must have settled, for a linkage on content
 * (issue 11): a step (`position`: "they accept the trusteeship we proposed")
 * or a number at or within a bound ("they accept our 10 bn $ claim":
 * `atLeast: 10`; "the 100 M$ ceiling is agreed": `atMost: 100`).
 */
export const TermsSchema = z
  .strictObject({
    /** On an issue with several dimensions, the one the terms are about: "the ceiling of the total is agreed". */
    dimension: DIMENSION_ID.optional(),
    position: CLAUSE_ID.optional(),
    atLeast: z.number().finite().optional(),
    atMost: z.number().finite().optional(),
    unit: z.string().min(1).max(40).optional(),
  })
  .refine(
    (terms) =>
      terms.position !== undefined ||
      terms.atLeast !== undefined ||
      terms.atMost !== undefined ||
      terms.dimension !== undefined,
    { message: 'must name a position, a bound (atLeast, atMost) or a dimension' },
  );
export type Terms = z.infer<typeof TermsSchema>;

/** A condition on the state of another issue, for linkages. */
export type Condition =
  /** The other side (or one party of it) conceded, accepted or agreed on the issue; with `terms`, on those terms. */
  | { type: 'their-move'; issue: string; party?: string; terms?: Terms }
  | { type: 'agreement'; issue: string; terms?: Terms }
  | { type: 'any'; of: Condition[] }
  | { type: 'all'; of: Condition[] };

export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.discriminatedUnion('type', [
      z.strictObject({
        type: z.literal('their-move'),
        issue: ISSUE_TAG,
        party: PARTICIPANT_ID.optional(),
        terms: TermsSchema.optional(),
      }),
      z.strictObject({ type: z.literal('agreement'), issue: ISSUE_TAG, terms: TermsSchema.optional() }),
      z.strictObject({ type: z.literal('any'), of: z.array(ConditionSchema).min(1).max(10) }),
      z.strictObject({ type: z.literal('all'), of: z.array(ConditionSchema).min(1).max(10) }),
    ]),
  )
  .meta({ id: 'Condition' });

/** What a red line forbids: positions, a number beyond a bound, a party in an item, a way of deciding. */
export const RedLineRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('forbid-positions'), positions: z.array(CLAUSE_ID).min(1) }),
  z.strictObject({
    type: z.literal('numeric-bound'),
    bound: z.number().finite(),
    unit: z.string().min(1).max(40),
    /** more-is-better: never below the bound; less-is-better: never above it. */
    direction: z.enum(['more-is-better', 'less-is-better']),
  }),
  z.strictObject({
    type: z.literal('participation'),
    party: PARTICIPANT_ID,
    /** Issues the party may not take part in; `*` for every issue. */
    issues: z.array(z.union([ISSUE_TAG, z.literal('*')])).min(1),
  }),
  /** No party may join an item beyond those the conference's procedural rules name for it. */
  z.strictObject({ type: z.literal('keep-participation') }),
  z.strictObject({ type: z.literal('decision-rule'), forbids: z.array(z.enum(DECISION_RULES)).min(1) }),
]);
export type RedLineRule = z.infer<typeof RedLineRuleSchema>;

export const RedLineSchema = z.strictObject({
  id: CLAUSE_ID,
  description: z.string().min(1).max(300),
  rule: RedLineRuleSchema,
});
export type RedLine = z.infer<typeof RedLineSchema>;

export const LinkageSchema = z.strictObject({
  id: CLAUSE_ID,
  description: z.string().min(1).max(300),
  /** The positions held back until the condition holds; absent: every move but a rejection. */
  positions: z.array(CLAUSE_ID).min(1).optional(),
  condition: ConditionSchema,
});
export type Linkage = z.infer<typeof LinkageSchema>;

/** Each clause of a mandate remembers the directive cable it comes from (PRODUCT.md §Non-negotiables: explainable). */
export interface Sourced<T> {
  clause: T;
  directive: string;
}

/**
 * What the delegation may do on one issue at one instant: the ladder, the
 * highest step it may reach alone (`authority`, an index into the ladder; -1
 * means it may not even open without asking), red lines and linkages.
 */
export interface Mandate {
  issue: string;
  /** On an issue negotiated in several dimensions, the one this mandate is for; absent on an issue of one. */
  dimension?: string;
  ladder: Position[];
  ladderFrom: string | null;
  authority: number;
  authorityFrom: string | null;
  redLines: Sourced<RedLine>[];
  linkages: Sourced<Linkage>[];
  /** Every directive that shaped this mandate, oldest first: its history. */
  directives: string[];
}

export function emptyMandate(issue: string, dimension?: string): Mandate {
  return {
    issue,
    ...(dimension === undefined ? {} : { dimension }),
    ladder: [],
    ladderFrom: null,
    authority: -1,
    authorityFrom: null,
    redLines: [],
    linkages: [],
    directives: [],
  };
}

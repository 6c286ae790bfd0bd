import { z } from 'zod';
import { CABLE_REFERENCE, PARTICIPANT_ID } from '../cable/cable-draft.js';

/**
 * How many reviewers must sign a draft off before its final text may be
 * registered: every one, any `count` of them, or one named reviewer.
 */
export const SignOffRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('all') }),
  z.strictObject({ type: z.literal('any'), count: z.number().int().min(1).max(200) }),
  z.strictObject({ type: z.literal('named'), reviewer: PARTICIPANT_ID }),
]);
export type SignOffRule = z.infer<typeof SignOffRuleSchema>;

/**
 * What a draft under vetting carries (issue 14): its reviewers and the rule
 * they sign it off by. A joint draft's reviewers are its signatories; its
 * final text carries each one's signature.
 */
export const VettingPayloadSchema = z.strictObject({
  type: z.literal('vetting'),
  reviewers: z.array(PARTICIPANT_ID).min(1, 'a draft needs at least one reviewer').max(200),
  rule: SignOffRuleSchema,
  joint: z.boolean().default(false),
});
export type VettingPayload = z.infer<typeof VettingPayloadSchema>;

/**
 * One edit of a draft's text: the characters `from` to `to` (UTF-16 offsets)
 * that read `original` become `text`. An insertion has `from === to` and no
 * original; a deletion has no text. Each gives its reason.
 */
export const EditSchema = z.strictObject({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  original: z
    .string()
    .max(64 * 1024)
    .default(''),
  text: z
    .string()
    .max(64 * 1024)
    .default(''),
  reason: z.string().trim().min(1, 'an edit needs its reason').max(2000),
});
export type Edit = z.infer<typeof EditSchema>;

export const REVIEW_VERDICTS = ['edits', 'no-objections', 'refused'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** A reviewer's answer to a draft: edits, "no objections", or a refusal with its reason. */
export const ReviewPayloadSchema = z.strictObject({
  type: z.literal('review'),
  draft: CABLE_REFERENCE,
  verdict: z.enum(REVIEW_VERDICTS),
  edits: z.array(EditSchema).max(200).default([]),
  reason: z.string().trim().max(2000).optional(),
  /** A signatory's signature of a joint draft's text (`jointText`), base64: given by the service, never typed. */
  concurrence: z.string().max(200).optional(),
});
export type ReviewPayload = z.infer<typeof ReviewPayloadSchema>;

/** The author's answer to reviews: each edit accepted or declined, with an optional note. */
export const EditAnswerSchema = z.strictObject({
  review: CABLE_REFERENCE,
  edit: z.number().int().min(0),
  decision: z.enum(['accepted', 'declined']),
  note: z.string().trim().max(2000).optional(),
});
export type EditAnswer = z.infer<typeof EditAnswerSchema>;

export const EditAnswersPayloadSchema = z.strictObject({
  type: z.literal('edit-answers'),
  draft: CABLE_REFERENCE,
  answers: z.array(EditAnswerSchema).min(1).max(400),
});
export type EditAnswersPayload = z.infer<typeof EditAnswersPayloadSchema>;

/** What a final text carries: the draft it comes from and every cable of its vetting trail. */
export const VettedPayloadSchema = z.strictObject({
  type: z.literal('vetted'),
  draft: CABLE_REFERENCE,
  trail: z.array(CABLE_REFERENCE).max(400).default([]),
  /** A joint cable's signatures, one per signatory, over `jointText` of the final text. */
  signatures: z
    .array(z.strictObject({ signatory: PARTICIPANT_ID, signature: z.string().min(1).max(200) }))
    .max(200)
    .optional(),
});
export type VettedPayload = z.infer<typeof VettedPayloadSchema>;

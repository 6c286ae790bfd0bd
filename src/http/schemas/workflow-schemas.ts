import { z } from 'zod';
import {
  PrecedenceSchemeSchema,
  REVIEW_VERDICTS,
  REVIEWER_STATES,
  SignOffRuleSchema,
} from '../../core/index.js';

/** A cable a workflow step registered, as its author sees it at once. */
export const RegisteredStepSchema = z.object({
  cable: z.object({ id: z.string(), number: z.string(), subject: z.string(), registeredAt: z.string() }),
});

const EditViewSchema = z.object({
  from: z.number(),
  to: z.number(),
  original: z.string(),
  text: z.string(),
  reason: z.string(),
  decision: z.enum(['accepted', 'declined']).nullable(),
});

const ChangeSchema = z.object({ change: z.enum(['kept', 'deleted', 'inserted']), text: z.string() });

/** A draft's vetting in the caller's scope: its text, reviews as tracked changes, and sign-off status. */
export const VettingResponseSchema = z.object({
  draft: z.object({
    id: z.string(),
    number: z.string(),
    author: z.string(),
    subject: z.string(),
    body: z.string(),
    registeredAt: z.string(),
  }),
  reviewers: z.array(
    z.object({ reviewer: z.string(), state: z.enum(REVIEWER_STATES), review: z.string().nullable() }),
  ),
  rule: SignOffRuleSchema,
  joint: z.boolean(),
  holds: z.boolean(),
  reviews: z.array(
    z.object({
      cable: z.string(),
      number: z.string(),
      reviewer: z.string(),
      registeredAt: z.string(),
      verdict: z.enum(REVIEW_VERDICTS),
      reason: z.string().nullable(),
      edits: z.array(EditViewSchema),
      changes: z.array(ChangeSchema),
    }),
  ),
  /** The final text as it stands (the accepted edits applied), and its tracked changes from the draft. */
  finalText: z.string().nullable(),
  changes: z.array(ChangeSchema),
  /** Whether the caller may answer the edits and register the final text (the draft's author). */
  canFinish: z.boolean(),
  /** Whether the caller is a reviewer. */
  canReview: z.boolean(),
});

export const AcknowledgementResponseSchema = z.object({
  cable: z.string(),
  number: z.string(),
  acknowledgedAt: z.string(),
});

/** The caller's own part in a cable's handling: must they acknowledge it, and did they. */
export const OwnAcknowledgementResponseSchema = z.object({
  cable: z.string(),
  number: z.string(),
  mustAcknowledge: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  acknowledgeBy: z.string().nullable(),
});

export const AcknowledgementsResponseSchema = z.object({
  cable: z.object({ id: z.string(), number: z.string(), precedence: z.string() }),
  acknowledgeBy: z.string().nullable(),
  addressees: z.array(
    z.object({
      person: z.string(),
      deliveredAt: z.string(),
      openedAt: z.string().nullable(),
      acknowledgedAt: z.string().nullable(),
      escalatedAt: z.string().nullable(),
    }),
  ),
});

export const EscalationsResponseSchema = z.object({
  escalations: z.array(
    z.object({
      cable: z.object({ id: z.string(), number: z.string(), subject: z.string() }),
      addressee: z.string(),
      dueAt: z.string(),
      firedAt: z.string(),
    }),
  ),
});

export const ReadingsResponseSchema = z.object({
  readings: z.array(
    z.object({ readBy: z.string(), readTo: z.string(), readAt: z.string(), recordedAt: z.string() }),
  ),
});

export const PrecedenceSchemeResponseSchema = z.object({ scheme: PrecedenceSchemeSchema });

import { z } from 'zod';
import {
  CABLE_REFERENCE,
  ISSUE_TAG,
  PARTICIPANT_ID,
  PRECEDENCES,
  SignOffRuleSchema,
} from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** A draft sent for vetting: its text, its reviewers and the rule they sign it off by. */
export const VetDraftSchema = z.strictObject({
  reviewers: z.array(PARTICIPANT_ID).min(1).max(200),
  rule: SignOffRuleSchema.default({ type: 'all' }),
  joint: z.boolean().default(false),
  info: z.array(PARTICIPANT_ID).max(200).default([]),
  precedence: z.enum(PRECEDENCES).default('PRIORITY'),
  classification: z.string().min(1).max(40),
  subject: z.string().min(1).max(200),
  body: z.string().min(1),
  conference: PARTICIPANT_ID.optional(),
  issues: z.array(ISSUE_TAG).max(20).default([]),
  inReplyTo: CABLE_REFERENCE.optional(),
});

/**
 * Registers a draft for vetting (issue 14): a signed `draft` cable to its
 * reviewers, carrying them and the sign-off rule in its payload.
 */
export async function vetDraft(services: Services, author: string, input: unknown): Promise<RegisteredCable> {
  const { reviewers, rule, joint, ...draft } = parseInput(VetDraftSchema, input);
  return registerCable(services, author, {
    ...draft,
    to: reviewers,
    kind: 'draft',
    payload: { type: 'vetting', reviewers, rule, joint },
  });
}

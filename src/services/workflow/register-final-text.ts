import { z } from 'zod';
import {
  applyEdits,
  CABLE_REFERENCE,
  DRAFT_KINDS,
  invalidInput,
  PARTICIPANT_ID,
  PRECEDENCES,
} from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { loadVetting } from './load-vetting.js';

export const FinalTextSchema = z.strictObject({
  to: z.array(PARTICIPANT_ID).min(1, 'a cable needs at least one action addressee').max(200),
  info: z.array(PARTICIPANT_ID).max(200).default([]),
  kind: z.enum(DRAFT_KINDS).default('note'),
  precedence: z.enum(PRECEDENCES).optional(),
  inReplyTo: CABLE_REFERENCE.optional(),
});

/**
 * Registers a vetted draft's final text as its own cable (issue 14): the
 * draft with its accepted edits, referring to the draft and carrying the
 * whole vetting trail in its payload — a joint cable also each signatory's
 * signature. Refused, naming `payload.draft`, until the sign-off rule holds.
 */
export async function registerFinalText(
  services: Services,
  author: string,
  reference: string,
  input: unknown,
): Promise<RegisteredCable> {
  const final = parseInput(FinalTextSchema, input);
  if (final.kind === 'draft') throw invalidInput('kind', 'a final text is not itself a draft');
  const { draft, status } = await loadVetting(services, author, reference);
  let body = draft.body;
  try {
    body = applyEdits(draft.body, status.accepted);
  } catch {
    // The payload's check names the overlap.
  }
  return registerCable(services, author, {
    ...final,
    precedence: final.precedence ?? draft.precedence,
    classification: draft.classification,
    subject: draft.subject,
    body,
    issues: draft.issues,
    refs: [draft.id],
    ...(draft.conference ? { conference: draft.conference } : {}),
    payload: { type: 'vetted', draft: draft.id },
  });
}

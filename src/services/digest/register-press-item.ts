import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID, PRECEDENCES, PressItemPayloadSchema } from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** A press item as staff enter it: the item, its summary, and the named readers it is distributed to. */
export const PressItemDraftSchema = z.strictObject({
  to: z.array(PARTICIPANT_ID).min(1, 'a press item is distributed to at least one reader').max(50),
  source: PressItemPayloadSchema.shape.source,
  date: PressItemPayloadSchema.shape.date,
  language: PressItemPayloadSchema.shape.language,
  topic: PressItemPayloadSchema.shape.topic,
  link: PressItemPayloadSchema.shape.link,
  summary: z.string().trim().min(1, 'a press item needs a summary').max(4000),
  classification: z.string().min(1).max(40),
  precedence: z.enum(PRECEDENCES).default('ROUTINE'),
  issues: z.array(ISSUE_TAG).max(20).default([]),
});

/**
 * Registers a monitored press item (issue 14) as a `note` cable from `author`
 * to the named readers only, its summary the body; it reaches their digests
 * under its topic. Bad input is refused naming the field.
 */
export async function registerPressItem(
  services: Services,
  author: string,
  input: unknown,
): Promise<RegisteredCable> {
  const draft = parseInput(PressItemDraftSchema, input);
  return registerCable(services, author, {
    to: draft.to,
    precedence: draft.precedence,
    classification: draft.classification,
    kind: 'note',
    subject: `Press: ${draft.topic}, ${draft.source}, ${draft.date}`.slice(0, 200),
    issues: draft.issues,
    body: draft.summary,
    payload: {
      type: 'press-item',
      source: draft.source,
      date: draft.date,
      language: draft.language,
      topic: draft.topic,
      link: draft.link,
    },
  });
}

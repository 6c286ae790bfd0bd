import { z } from 'zod';
import { CABLE_KINDS, ISSUE_TAG, PARTICIPANT_ID, PRECEDENCES } from '../../core/index.js';
import type { InboxQuery } from '../../store/store.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

export const InboxQuerySchema = z.strictObject({
  box: z.enum(['in', 'sent']).default('in'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  precedence: z.enum(PRECEDENCES).optional(),
  kind: z.enum(CABLE_KINDS).optional(),
  issue: ISSUE_TAG.optional(),
  conference: PARTICIPANT_ID.optional(),
  /** `true` keeps only unopened cables; a query string has no booleans, so the word is read. */
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/** A person's inbox: unread first, then by precedence, then newest first; narrowed by the filters given. */
export async function listInbox(services: Services, reader: string, input: unknown) {
  const query: InboxQuery = parseInput(InboxQuerySchema, input, 'query');
  // A cable a release in force widened to the reader arrives in their inbox from its date (issue 15).
  return services.store.registry.inbox(reader, query, services.now());
}

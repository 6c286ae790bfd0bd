import { z } from 'zod';
import { CABLE_KINDS, cleanText, ISSUE_TAG, PARTICIPANT_ID } from '../../core/index.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/, 'must be a date such as 1945-09-11');

export const SearchQuerySchema = z.strictObject({
  q: cleanText(500).default(''),
  from: isoDate.optional(),
  until: isoDate.optional(),
  author: PARTICIPANT_ID.optional(),
  kind: z.enum(CABLE_KINDS).optional(),
  issue: ISSUE_TAG.optional(),
  conference: PARTICIPANT_ID.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * Full-text search with filters, over the cables `reader` may read only: the
 * hits and the total are both computed inside that restriction.
 */
export async function searchCables(services: Services, reader: string, input: unknown) {
  const query = parseInput(SearchQuerySchema, input, 'query');
  return services.store.registry.search(
    reader,
    {
      text: query.q,
      from: query.from,
      // A bare date as `until` means "up to the end of that day".
      until: query.until && query.until.length === 10 ? `${query.until}T23:59:59.999Z` : query.until,
      author: query.author,
      kind: query.kind,
      issue: query.issue,
      conference: query.conference,
      limit: query.limit,
      offset: query.offset,
    },
    services.now(),
  );
}

import { z } from 'zod';
import { cleanText, PARTICIPANT_ID } from '../cable/cable-draft.js';
import { SERIES_CODE_PATTERN } from '../cable/registry-number.js';
import { ConferencePlanSchema } from '../conference/conference.js';
import { INSTANT, ROLES } from './setup-change.js';

const NAME = cleanText(120).pipe(z.string().trim().min(1, 'must not be empty'));
const TEXT = cleanText(500).pipe(z.string().trim());

/**
 * A whole organisation and its conferences as a person writes them down (the
 * setup file of `plenipo apply`, the examples): what should hold, not how to
 * get there. Applying it records the difference from what the chain holds.
 */
export const SetupDocumentSchema = z.strictObject({
  classifications: z.array(z.string()).min(1).optional(),
  posts: z
    .array(
      z.strictObject({
        id: PARTICIPANT_ID,
        name: NAME,
        place: TEXT.default(''),
        zone: z.string().default('UTC'),
      }),
    )
    .default([]),
  series: z
    .array(
      z.strictObject({
        code: z.string().regex(SERIES_CODE_PATTERN, 'must be a series code such as LONTO'),
        name: NAME,
        fromPost: PARTICIPANT_ID,
        toPost: PARTICIPANT_ID.optional(),
      }),
    )
    .default([]),
  people: z
    .array(
      z.strictObject({
        id: PARTICIPANT_ID,
        name: NAME,
        title: TEXT.default(''),
        post: PARTICIPANT_ID,
        /** Later posts, each from a date: a head of delegation moves from Paris to New York. */
        moves: z.array(z.strictObject({ post: PARTICIPANT_ID, from: INSTANT })).default([]),
        roles: z.array(z.enum(ROLES)).default([]),
        clearance: z.string().optional(),
        aliases: z.array(PARTICIPANT_ID).default([]),
      }),
    )
    .default([]),
  groups: z
    .array(
      z.strictObject({
        id: PARTICIPANT_ID,
        name: NAME,
        description: TEXT.default(''),
        members: z
          .array(
            z.strictObject({ person: PARTICIPANT_ID, from: INSTANT.optional(), until: INSTANT.optional() }),
          )
          .default([]),
      }),
    )
    .default([]),
  conferences: z
    .array(
      z.strictObject({
        id: PARTICIPANT_ID,
        name: NAME,
        place: TEXT.default(''),
        startsOn: INSTANT,
        endsOn: INSTANT,
        plan: ConferencePlanSchema.optional(),
      }),
    )
    .default([]),
});
export type SetupDocument = z.infer<typeof SetupDocumentSchema>;

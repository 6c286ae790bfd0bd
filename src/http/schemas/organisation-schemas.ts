import { z } from 'zod';
import { ConferencePlanSchema, ROLES } from '../../core/index.js';

const held = z.object({ value: z.string(), from: z.string() });

/**
 * The organisation and its conferences as the chain's setup entries make them
 * (`OrganisationState`), for those who keep them: every value a person held
 * over time, and `throughSeq`, the last entry it includes.
 */
export const OrganisationStateSchema = z.object({
  throughSeq: z.number().int(),
  posts: z.record(
    z.string(),
    z.object({
      id: z.string(),
      name: z.string(),
      place: z.string(),
      zone: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  series: z.record(
    z.string(),
    z.object({
      code: z.string(),
      name: z.string(),
      fromPost: z.string(),
      toPost: z.string().nullable(),
      closedAt: z.string().nullable(),
    }),
  ),
  people: z.record(
    z.string(),
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string(),
      posts: z.array(held).meta({ description: 'posts over time, oldest first' }),
      keys: z.array(z.object({ publicKey: z.string(), fromSeq: z.number().int() })),
      roles: z.array(z.enum(ROLES)),
      clearances: z.array(held),
      aliases: z.array(z.string()),
      createdAt: z.string(),
      endedAt: z.string().nullable(),
    }),
  ),
  groups: z.record(z.string(), z.object({ id: z.string(), name: z.string(), description: z.string() })),
  memberships: z.array(
    z.object({ group: z.string(), person: z.string(), from: z.string(), until: z.string().nullable() }),
  ),
  classifications: z.array(z.string()),
  conferences: z.record(
    z.string(),
    z.object({
      id: z.string(),
      name: z.string(),
      place: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      plan: ConferencePlanSchema.nullable(),
    }),
  ),
});

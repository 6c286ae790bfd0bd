import { z } from 'zod';
import { ERROR_CODES, ROLES } from '../../core/index.js';

export const ErrorSchema = z.object({
  error: z.enum([
    ...(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES]),
    'payload-too-large',
    'rate-limited',
  ]),
  message: z.string(),
  field: z.string().optional(),
});

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  postId: z.string(),
  login: z.string(),
  isAdmin: z.boolean(),
});

export const MeSchema = z.object({
  person: PersonSchema.extend({
    zone: z.string(),
    roles: z
      .array(z.enum(ROLES))
      .meta({ description: 'what the person may do beyond cables: admin, secretariat, …' }),
  }),
  csrfToken: z.string().nullable(),
});

export const DirectorySchema = z.object({
  people: z.array(z.object({ id: z.string(), name: z.string(), title: z.string(), postId: z.string() })),
  groups: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), members: z.array(z.string()) }),
  ),
  posts: z.array(z.object({ id: z.string(), name: z.string(), place: z.string(), zone: z.string() })),
  series: z.array(
    z.object({ code: z.string(), name: z.string(), fromPost: z.string(), toPost: z.string().nullable() }),
  ),
  conferences: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      place: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
    }),
  ),
  classifications: z.array(z.string()),
  precedences: z.array(z.string()),
  kinds: z.array(z.string()),
  captions: z.array(z.string()),
});

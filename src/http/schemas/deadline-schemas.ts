import { z } from 'zod';
import { DEADLINE_STATES, DeadlineSchema, DueSchema, DurationSchema, MeetsSchema } from '../../core/index.js';

const CitedCableSchema = z.object({ id: z.string(), number: z.string() });

/** A deadline as shown to a reader: what it asks, and where it stands from the cables they may read. */
export const DeadlineViewSchema = z.object({
  id: z.string(),
  description: z.string(),
  conference: z.string(),
  issue: z.string().nullable(),
  /** The cable that set it. */
  cable: CitedCableSchema.extend({ subject: z.string(), author: z.string(), registeredAt: z.string() }),
  due: DueSchema,
  meets: MeetsSchema,
  actors: z.array(z.string()),
  notify: z.array(z.string()),
  warn: z.array(DurationSchema),
  state: z.enum(DEADLINE_STATES),
  /** Null while the event its window runs from has not happened. */
  dueAt: z.string().nullable(),
  metBy: z.object({ cable: CitedCableSchema, at: z.string() }).nullable(),
});

export const DeadlinesResponseSchema = z.object({ now: z.string(), deadlines: z.array(DeadlineViewSchema) });

export const DeadlineQuerySchema = z.strictObject({
  person: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a person id')
    .optional(),
  state: z.enum(DEADLINE_STATES).optional(),
});

export const MyDeadlineQuerySchema = DeadlineQuerySchema.omit({ person: true });

export const DeadlineAlertsResponseSchema = z.object({
  alerts: z.array(
    z.object({
      deadline: z.object({ id: z.string(), description: z.string() }),
      cable: CitedCableSchema,
      /** `warning-7-days`, `lapse`. */
      firing: z.string(),
      dueAt: z.string(),
      firedAt: z.string(),
    }),
  ),
});

/** The deadlines payload, in full, for clients that set deadlines. */
export const DeadlinesPayloadDocSchema = z.object({
  type: z.literal('deadlines'),
  conference: z.string(),
  deadlines: z.array(DeadlineSchema),
});

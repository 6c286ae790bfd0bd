import { z } from 'zod';
import { cleanText, DigestPayloadSchema, EMAIL_EVENTS, PRECEDENCES } from '../../core/index.js';

/** A cable named in a digest answer: enough to open it. */
export const CableLineSchema = z.object({
  id: z.string(),
  number: z.string(),
  precedence: z.enum(PRECEDENCES),
  subject: z.string(),
  registeredAt: z.string(),
});

export const DigestScheduleResponseSchema = z.object({
  hour: z.number().int(),
  timeZone: z.string(),
  enabled: z.boolean(),
});

export const DigestResponseSchema = z.object({
  cable: CableLineSchema,
  digest: DigestPayloadSchema,
});

export const DigestsResponseSchema = z.object({
  schedule: DigestScheduleResponseSchema.nullable().meta({
    description: 'Your daily digest: none until you set one',
  }),
  digests: z.array(DigestResponseSchema).meta({ description: 'Your digests, newest first' }),
});

export const DigestRequestSchema = z
  .strictObject({})
  .meta({ description: 'A digest of the last 24 hours, now' });

export const PressItemsQuerySchema = z.strictObject({
  from: z.iso.datetime().optional(),
  until: z.iso.datetime().optional(),
  topic: cleanText(80).optional(),
});

export const PressItemsResponseSchema = z.object({
  items: z.array(
    z.object({
      cable: CableLineSchema,
      source: z.string(),
      date: z.string(),
      language: z.string(),
      topic: z.string(),
      summary: z.string(),
      link: z.string().nullable(),
    }),
  ),
});

export const CircularTableResponseSchema = z.object({
  cable: CableLineSchema,
  rows: z.array(
    z.object({
      person: z.string(),
      name: z.string(),
      post: z.string().nullable(),
      acknowledgedAt: z
        .string()
        .nullable()
        .meta({ description: 'When they acknowledged it (explicitly, not by opening it)' }),
    }),
  ),
});

export const EmailChoiceResponseSchema = z.object({
  choice: z.object({ address: z.string(), events: z.array(z.enum(EMAIL_EVENTS)) }).nullable(),
});

export const RegisteredResponseSchema = z.object({ cable: CableLineSchema.nullable() });

import { z } from 'zod';

/** A release or withdrawal entry as registered: its registry number and what it widened. */
export const ReleaseEntrySchema = z.object({
  entry: z.string().meta({ description: 'Registry number of the release entry (a REG/… series)' }),
  cables: z.number().int().optional(),
  readers: z.array(z.string()).optional(),
  release: z.string().optional(),
});

/** A released cable as its new readers see it: the struck passages are marked gaps, with reason and hash. */
export const ReleasedCableSchema = z.object({
  number: z.string(),
  registeredAt: z.string(),
  author: z.string(),
  to: z.array(z.string()),
  precedence: z.string(),
  classification: z.string(),
  captions: z.array(z.string()),
  kind: z.string(),
  subject: z.string(),
  issues: z.array(z.string()),
  conference: z.string().nullable(),
  body: z.string().nullable(),
  parts: z.array(
    z.union([z.object({ text: z.string() }), z.object({ gap: z.object({ reason: z.string() }) })]),
  ),
  redactions: z.array(z.object({ start: z.number(), end: z.number(), reason: z.string(), hash: z.string() })),
  withheld: z.literal('READ-OUT').nullable(),
});

import { z } from 'zod';
import { cleanText } from '../cable/cable-draft.js';

/**
 * A monitored press item (issue 14): where and when it appeared, in what
 * language, under which topic, and where to read it. It travels as the
 * payload of a `note` cable whose body is the summary and whose addressees
 * are the named readers it is distributed to, so it is read, exported and
 * verified as any cable is.
 */
export const PressItemPayloadSchema = z.strictObject({
  type: z.literal('press-item'),
  source: cleanText(120).pipe(z.string().trim().min(1, 'a press item names its source')),
  date: z.iso.date('must be a date such as 1945-09-14'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or ru'),
  topic: cleanText(80).pipe(z.string().trim().min(1, 'a press item has a topic')),
  link: z
    .url({ protocol: /^https?$/, error: 'must be an http or https address' })
    .max(2000)
    .nullable()
    .default(null),
});

export type PressItemPayload = z.output<typeof PressItemPayloadSchema>;

import { z } from 'zod';
import { SERIES_CODE_PATTERN } from './registry-number.js';
import { CAPTIONS, DRAFT_KINDS, PRECEDENCES } from './vocabulary.js';

/** Bodies are limited in UTF-8 bytes: 64 KiB is long enough for any cable of 1945 or now. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_ADDRESSEES = 200;

/** A person or group id: lower-case, digits and dashes (`molotov`, `four`). */
export const PARTICIPANT_ID = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a person or group id: lower-case letters, digits and dashes');

/** An issue tag, e.g. `procedure-france-china`. */
export const ISSUE_TAG = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be an issue tag: lower-case letters, digits and dashes');

/** A reference to an earlier cable: its id or its registry number. */
export const CABLE_REFERENCE = z.string().trim().min(1).max(80);

// NUL and the other C0 controls (but tab and newlines) and lone surrogates never belong in text.
const CONTROL_OR_LONE_SURROGATE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\r\n\t]/;

/** Single-line text of at most `max` characters, without control characters or lone surrogates. */
export const cleanText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !CONTROL_OR_LONE_SURROGATE.test(text), 'must not contain control characters')
    .refine((text) => !LINE_BREAK.test(text), 'must be a single line');

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * How deep a payload may nest. Signing and hashing walk it recursively
 * (canonical JSON), so a payload 10,000 levels deep would exhaust the stack.
 */
export const MAX_PAYLOAD_DEPTH = 32;

/** Whether a JSON value nests at most `max` objects or arrays deep; iterative, so no input exhausts the stack here. */
function nestsWithin(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return false;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return true;
}

/**
 * What an author submits to register a cable. Unknown fields are refused, so a
 * typo never silently drops an exclusion.
 */
export const CableDraftSchema = z.strictObject({
  series: z.string().regex(SERIES_CODE_PATTERN, 'must be a series code such as LONTO').optional(),
  alias: cleanText(60).pipe(z.string().trim().min(1)).optional(),
  to: z.array(PARTICIPANT_ID).min(1, 'a cable needs at least one action addressee').max(MAX_ADDRESSEES),
  info: z.array(PARTICIPANT_ID).max(MAX_ADDRESSEES).default([]),
  exclude: z.array(PARTICIPANT_ID).max(MAX_ADDRESSEES).default([]),
  via: PARTICIPANT_ID.optional(),
  precedence: z.enum(PRECEDENCES),
  classification: z.string().min(1).max(40),
  captions: z.array(z.enum(CAPTIONS)).max(CAPTIONS.length).default([]),
  kind: z.enum(DRAFT_KINDS),
  subject: cleanText(200).pipe(z.string().trim().min(1, 'a cable needs a subject')),
  issues: z.array(ISSUE_TAG).max(20).default([]),
  conference: PARTICIPANT_ID.optional(),
  inReplyTo: CABLE_REFERENCE.optional(),
  refs: z.array(CABLE_REFERENCE).max(50).default([]),
  body: z
    .string()
    .min(1, 'a cable needs a body')
    .refine((text) => !CONTROL_OR_LONE_SURROGATE.test(text), 'must not contain control characters')
    .refine((text) => utf8Bytes(text) <= MAX_BODY_BYTES, `must be at most ${MAX_BODY_BYTES} bytes of UTF-8`),
  payload: z
    .looseObject({ type: z.string().regex(/^[a-z][a-z-]{0,39}$/, 'must name the payload type') })
    .refine(
      (payload) => nestsWithin(payload, MAX_PAYLOAD_DEPTH),
      `must nest at most ${MAX_PAYLOAD_DEPTH} levels deep`,
    )
    .optional(),
});

/** A draft as the author wrote it (optional lists may be left out). */
export type CableDraftInput = z.input<typeof CableDraftSchema>;
/** A draft after parsing: every list present. */
export type CableDraft = z.output<typeof CableDraftSchema>;

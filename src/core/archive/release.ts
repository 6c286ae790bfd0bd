import { z } from 'zod';
import { CABLE_REFERENCE, cleanText, PARTICIPANT_ID } from '../cable/cable-draft.js';

/**
 * The reader id a release to the public grants: no person can bear it, since
 * a person's id is lower-case letters, digits and dashes.
 */
export const PUBLIC_READER = '*';

/** What an archivist may release (issue 15): named cables, a thread, a series or a period. */
export const RELEASE_SCOPES = ['cables', 'thread', 'series', 'period'] as const;
export type ReleaseScope = (typeof RELEASE_SCOPES)[number];

const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/, 'must be a date such as 1949-03-01');

/** One redaction as the archivist asks for it: a range of the body, or the first occurrence of a passage. */
export const RedactionRequestSchema = z.strictObject({
  cable: CABLE_REFERENCE,
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  passage: z.string().min(1).max(10_000).optional(),
  reason: cleanText(200).pipe(z.string().trim().min(1, 'a redaction needs a reason')),
});

/** What an archivist sends to release: scope, audience, the date it takes effect, and the passages struck. */
export const ReleaseRequestSchema = z.strictObject({
  scope: z.strictObject({
    cables: z.array(CABLE_REFERENCE).min(1).max(10_000).optional(),
    thread: CABLE_REFERENCE.optional(),
    series: z.string().min(1).max(40).optional(),
    period: z.strictObject({ from: instant, until: instant }).optional(),
    conference: PARTICIPANT_ID.optional(),
  }),
  audience: z.strictObject({
    public: z.boolean().default(false),
    people: z.array(PARTICIPANT_ID).max(500).default([]),
    groups: z.array(PARTICIPANT_ID).max(50).default([]),
  }),
  from: instant,
  redactions: z.array(RedactionRequestSchema).max(1000).default([]),
  note: cleanText(500).default(''),
});
export type ReleaseRequest = z.infer<typeof ReleaseRequestSchema>;

/** A struck range as the release entry signs it: code-point offsets into the body, the reason and the hash of what was struck. */
export interface Redaction {
  cable: string;
  start: number;
  end: number;
  reason: string;
  /** SHA-256 (hex) of the struck text, UTF-8. */
  hash: string;
}

/** The payload of a release entry: every cable and reader resolved, so the projection needs nothing but the entry. */
export interface ReleasePayload {
  type: 'release';
  scope: ReleaseRequest['scope'];
  audience: { public: boolean; people: string[]; groups: string[] };
  /** The people (and PUBLIC_READER) the release widens the cables to, groups resolved at `from`. */
  readers: string[];
  /** Cable ids released, in chain order. */
  cables: string[];
  from: string;
  redactions: Redaction[];
  note: string;
}

/** The payload of a withdrawal: the release it ends (by entry id) and from when. */
export interface WithdrawalPayload {
  type: 'release-withdrawal';
  release: string;
  from: string;
  reason: string;
}

export const WithdrawalRequestSchema = z.strictObject({
  from: instant,
  reason: cleanText(200).pipe(z.string().trim().min(1, 'a withdrawal needs a reason')),
});

/** Is this payload a release's or a withdrawal's? */
export function isReleasePayload(payload: unknown): payload is ReleasePayload {
  return (payload as { type?: unknown } | null)?.type === 'release';
}

export function isWithdrawalPayload(payload: unknown): payload is WithdrawalPayload {
  return (payload as { type?: unknown } | null)?.type === 'release-withdrawal';
}

/** A date as an instant: a bare day is its first moment, UTC. */
export function instantOf(date: string): string {
  if (date.length === 10) return `${date}T00:00:00.000Z`;
  return new Date(date).toISOString();
}

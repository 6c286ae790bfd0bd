import { z } from 'zod';
import { ISSUE_TAG, PARTICIPANT_ID } from '../cable/cable-draft.js';

/**
 * Where an account of a session comes from (PRODUCT.md §Record): our
 * delegation's note, the other side's memorandum, a press report, or the
 * verbatim (stenographic) record.
 */
export const RECORD_SOURCES = ['our-note', 'their-memo', 'press', 'verbatim'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** What a record entry is: something said, something put forward, something decided. */
export const ENTRY_KINDS = ['statement', 'proposal', 'decision'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where an issue stands on the negotiation map. */
export const ISSUE_STATUSES = ['open', 'agreed', 'deadlocked', 'deferred'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const DECISION_OUTCOMES = ['adopted', 'rejected', 'deferred'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

const PARTIES = z.array(PARTICIPANT_ID).max(20).default([]);

/** How each party voted, when there was a vote. */
export const VoteSchema = z.strictObject({ for: PARTIES, against: PARTIES, abstaining: PARTIES });
export type Vote = z.infer<typeof VoteSchema>;

export const DecisionSchema = z.strictObject({
  /** How it was taken, in the record's words: 'vote', 'consensus', 'chair's ruling'. */
  procedure: z.string().min(1).max(80),
  vote: VoteSchema.optional(),
  outcome: z.enum(DECISION_OUTCOMES),
});
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * One entry of an account: what a party said, proposed or decided on an
 * issue, who spoke and when. `key` pairs entries of different accounts of the
 * same meeting that tell of the same exchange; `position` (a step of our
 * ladder) or `value` with `unit` put the party's stance on the negotiation
 * map; `status` says where the issue stands after it.
 */
export const RecordEntrySchema = z
  .strictObject({
    key: PARTICIPANT_ID.optional(),
    kind: z.enum(ENTRY_KINDS),
    party: PARTICIPANT_ID,
    issue: ISSUE_TAG.optional(),
    speaker: z.string().min(1).max(80).optional(),
    /** Time of day, 'HH:MM', or a full ISO 8601 instant. */
    at: z
      .string()
      .regex(
        /^(\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z)$/,
        "must be 'HH:MM' or an ISO instant",
      )
      .optional(),
    text: z.string().min(1).max(4000),
    position: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a position id')
      .optional(),
    value: z.number().finite().optional(),
    unit: z.string().min(1).max(40).optional(),
    status: z.enum(ISSUE_STATUSES).optional(),
    decision: DecisionSchema.optional(),
  })
  .refine((entry) => (entry.kind === 'decision') === (entry.decision !== undefined), {
    message: 'a decision entry, and only a decision entry, carries a decision',
    path: ['decision'],
  })
  .refine((entry) => entry.value === undefined || entry.unit !== undefined, {
    message: 'a value needs its unit',
    path: ['unit'],
  });
export type RecordEntry = z.infer<typeof RecordEntrySchema>;

/** Who sat for a party, and in which agenda items (all of the session's when absent). */
export const AttendanceSchema = z.strictObject({
  party: PARTICIPANT_ID,
  people: z.array(z.string().min(1).max(80)).max(30).default([]),
  issues: z.array(ISSUE_TAG).max(50).optional(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** A record that someone undertook to deliver, e.g. the verbatim record within five days. */
export const PromiseSchema = z.strictObject({
  source: z.enum(RECORD_SOURCES),
  party: PARTICIPANT_ID,
  by: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 1945-10-07'),
});
export type RecordPromise = z.infer<typeof PromiseSchema>;

/**
 * The payload of a record cable: one account of one session (PRODUCT.md
 * §Record), signed and chained like any cable and read by that cable's
 * readers only. Several accounts of one meeting are several record cables.
 */
export const RecordPayloadSchema = z.strictObject({
  type: z.literal('record'),
  conference: z.string().min(1).max(64),
  session: PARTICIPANT_ID,
  source: z.enum(RECORD_SOURCES),
  /** Whose account it is: the party that wrote it, or a third party's press. */
  party: PARTICIPANT_ID,
  title: z.string().min(1).max(200).optional(),
  participants: z.array(AttendanceSchema).max(20).default([]),
  agenda: z.array(ISSUE_TAG).max(50).default([]),
  entries: z.array(RecordEntrySchema).max(1000).default([]),
  promised: z.array(PromiseSchema).max(10).default([]),
});
export type RecordPayload = z.infer<typeof RecordPayloadSchema>;

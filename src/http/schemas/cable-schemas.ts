import { z } from 'zod';
import { CABLE_KINDS, CAPTIONS, MoveSchema, PRECEDENCES, VERDICTS } from '../../core/index.js';
import { CablePayloadSchema } from './payload-schemas.js';
import { VerdictSchema } from './verdict-schemas.js';

/** What the API says about a cable in a list: enough for an inbox row, never the body. */
export const CableSummarySchema = z.object({
  id: z.string(),
  number: z.string().meta({ examples: ['LONTO 0007'] }),
  seq: z.number().int().optional().meta({ description: 'Chain position: auditors only' }),
  registeredAt: z.string().meta({ description: 'ISO 8601 UTC' }),
  author: z.object({ id: z.string(), name: z.string() }),
  alias: z.string().nullable(),
  to: z.array(z.string()),
  info: z.array(z.string()),
  exclude: z.array(z.string()),
  via: z.string().nullable(),
  precedence: z.enum(PRECEDENCES),
  classification: z.string(),
  captions: z.array(z.enum(CAPTIONS)),
  kind: z.enum(CABLE_KINDS),
  subject: z.string(),
  issues: z.array(z.string()),
  conference: z.string().nullable(),
  read: z.boolean(),
  /** For reports: the worst current verdict on the moves they report (the inbox badge). */
  verdict: z.enum(VERDICTS).nullable().optional(),
});
export type CableSummary = z.infer<typeof CableSummarySchema>;

const CableLinkSchema = z.object({ id: z.string(), number: z.string() });

/** A whole cable as its reader opens it. A READ-OUT body is withheld from API-token clients. */
export const CableViewSchema = CableSummarySchema.extend({
  body: z.string().nullable(),
  withheld: z.enum(['READ-OUT']).nullable(),
  inReplyTo: CableLinkSchema.nullable(),
  refs: z.array(CableLinkSchema),
  readers: z.array(z.string()),
  signature: z.string(),
  hash: z.string().optional().meta({ description: 'Chain hash: auditors only' }),
  prevHash: z.string().optional().meta({ description: "The previous cable's chain hash: auditors only" }),
  handlingTargetMinutes: z.number().int(),
  /** The structured payload as sent: a directive's amendment, a report's moves, a record, deadlines. */
  payload: CablePayloadSchema.nullable().optional(),
  /** For reports: each move with its current verdict (ours) and how many times it was re-evaluated. */
  moves: z
    .array(
      z.object({
        idx: z.number().int(),
        move: MoveSchema,
        verdict: VerdictSchema.nullable(),
        evaluations: z.number().int(),
      }),
    )
    .optional(),
});
export type CableView = z.infer<typeof CableViewSchema>;

export const InboxResponseSchema = z.object({
  total: z.number().int(),
  unread: z.number().int(),
  cables: z.array(CableSummarySchema),
});

/** A cable of a thread, with its links to the others of the thread: the reader's part of the reply tree. */
export const ThreadEntrySchema = CableSummarySchema.extend({
  repliesTo: z.string().nullable().meta({
    description:
      'The id of the cable this one answers, when the reader may read it (it is then in the thread)',
  }),
  refersTo: z.array(z.string()).meta({ description: 'Ids of the cables of the thread this one refers to' }),
});

export const CableResponseSchema = z.object({ cable: CableViewSchema, thread: z.array(ThreadEntrySchema) });

export const SearchResponseSchema = z.object({
  total: z.number().int(),
  hits: z.array(
    CableSummarySchema.extend({
      snippet: z
        .string()
        .meta({ description: 'Matched terms are marked by U+0002 before and U+0003 after.' }),
    }),
  ),
});

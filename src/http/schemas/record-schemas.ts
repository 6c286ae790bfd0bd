import { z } from 'zod';
import {
  ACCOUNT_FORMATS,
  DECISION_RULES,
  ENTRY_KINDS,
  ISSUE_STATUSES,
  RECORD_FLAGS,
  RECORD_SOURCES,
  RecordEntrySchema,
  SessionSchema,
} from '../../core/index.js';

const CitedCableSchema = z.object({ id: z.string(), number: z.string() });
const SourceSchema = z.enum([...RECORD_SOURCES, 'report']);
const FlagSchema = z.object({ flag: z.enum(RECORD_FLAGS), detail: z.string() });
const PartyNameSchema = z.object({ id: z.string(), name: z.string() });

export const SessionEntrySchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  party: z.string(),
  issue: z.string().nullable(),
  speaker: z.string().nullable(),
  at: z.string(),
  text: z.string(),
  source: SourceSchema,
  cable: CitedCableSchema,
  outOfRule: z.string().nullable(),
  decision: z
    .object({
      procedure: z.string(),
      outcome: z.string(),
      vote: z
        .object({ for: z.array(z.string()), against: z.array(z.string()), abstaining: z.array(z.string()) })
        .optional(),
      validity: z.object({ rule: z.enum(DECISION_RULES), valid: z.boolean().nullable(), reason: z.string() }),
    })
    .nullable(),
});

const AccountSummarySchema = z.object({
  cable: CitedCableSchema,
  source: z.enum(RECORD_SOURCES),
  party: z.string(),
  title: z.string().nullable(),
});

export const SessionRecordResponseSchema = z.object({
  session: SessionSchema,
  agenda: z.array(z.string()),
  participants: z.array(
    z.object({
      party: z.string(),
      people: z.array(z.string()),
      issues: z.array(z.string()),
      problems: z.array(z.string()),
    }),
  ),
  entries: z.array(SessionEntrySchema),
  accounts: z.array(AccountSummarySchema.extend({ entries: z.number().int() })),
  flags: z.array(FlagSchema),
  aligned: z.object({
    accounts: z.array(AccountSummarySchema),
    rows: z.array(
      z.object({
        key: z.string(),
        party: z.string(),
        issue: z.string().nullable(),
        cells: z.array(
          z
            .object({
              speaker: z.string().nullable(),
              text: z.string(),
              wording: z
                .array(z.object({ text: z.string(), in: z.enum(['both', 'first', 'other']) }))
                .nullable(),
            })
            .nullable(),
        ),
      }),
    ),
  }),
});

export const SessionListResponseSchema = z.object({
  sessions: z.array(
    z.object({
      session: SessionSchema,
      accounts: z.number().int(),
      entries: z.number().int(),
      flags: z.array(FlagSchema),
    }),
  ),
});

const PointSchema = z.object({
  at: z.string(),
  party: z.string(),
  position: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  step: z.number().int().nullable(),
  status: z.enum(ISSUE_STATUSES).nullable(),
  text: z.string(),
  source: SourceSchema,
  cable: CitedCableSchema,
});

const GapSchema = z.object({
  value: z.number().nullable(),
  unit: z.string().nullable(),
  steps: z.number().int().nullable(),
  text: z.string(),
});

export const IssueMapResponseSchema = z.object({
  issue: z.object({ id: z.string(), title: z.string() }),
  parties: z.array(PartyNameSchema),
  lines: z.array(z.object({ party: z.string(), points: z.array(PointSchema) })),
  units: z.array(z.string()),
  mandate: z
    .object({
      ladder: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          value: z.number().nullable(),
          unit: z.string().nullable(),
        }),
      ),
      authority: z.number().int(),
      redLines: z.array(
        z.object({
          description: z.string(),
          bound: z.number().nullable(),
          unit: z.string().nullable(),
          positions: z.array(z.string()),
        }),
      ),
      directives: z.array(CitedCableSchema),
    })
    .nullable(),
  gap: GapSchema,
  status: z.enum(ISSUE_STATUSES),
  statusSince: z.string().nullable(),
  statusHistory: z.array(
    z.object({ status: z.enum(ISSUE_STATUSES), at: z.string(), cable: CitedCableSchema, text: z.string() }),
  ),
  lastMovedAt: z.string().nullable(),
});

export const MapOverviewResponseSchema = z.object({
  parties: z.array(PartyNameSchema),
  issues: z.array(
    z.object({
      issue: z.object({ id: z.string(), title: z.string() }),
      status: z.enum(ISSUE_STATUSES),
      statusSince: z.string().nullable(),
      lastMovedAt: z.string().nullable(),
      moved: z.boolean(),
      gap: GapSchema,
      parties: z.array(z.object({ party: z.string(), latest: z.string().nullable() })),
    }),
  ),
});

export const MapOverviewQuerySchema = z.strictObject({
  /** When the reader last looked: issues that moved after it come first. */
  since: z.iso.datetime({ offset: true }).optional(),
});

export const ParseAccountRequestSchema = z.strictObject({
  format: z.enum(ACCOUNT_FORMATS),
  text: z.string().min(1).max(500_000),
});

export const ParseAccountResponseSchema = z.object({ entries: z.array(RecordEntrySchema) });

import { z } from 'zod';

export const GroupSchema = z.object({ id: z.string(), name: z.string(), description: z.string() });

export const MembershipSchema = z.object({
  group: z.string(),
  person: z.string(),
  from: z.string().meta({ description: 'ISO 8601 UTC, inclusive' }),
  until: z.string().nullable().meta({ description: 'ISO 8601 UTC, exclusive; null while a member' }),
});

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string().meta({ description: 'ISO 8601 UTC' }),
  actor: z.string().nullable().meta({ description: 'null for the server or an operator at its console' }),
  action: z.string().meta({ examples: ['login-failed', 'person.create', 'membership.end'] }),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

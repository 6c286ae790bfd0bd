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

export const PersonStatusSchema = z.object({
  person: z.string(),
  disabled: z.boolean(),
  disabledAt: z.string().nullable().meta({ description: 'ISO 8601 UTC; null while enabled' }),
  disabledBy: z
    .string()
    .nullable()
    .meta({ description: 'the administrator; null while enabled or when the operator disabled' }),
});

export const UnlockedLoginSchema = z.object({
  login: z.string(),
  wasLockedUntil: z.string().nullable().meta({
    description: 'the end of the lock that was lifted (ISO 8601 UTC), or null if it was not locked',
  }),
});

import { z } from 'zod';
import { PARTICIPANT_ID } from '../../core/index.js';
import type { AuditEntry } from '../../store/store.js';
import { type Authority, requireAdmin, requireAuditor } from '../organisation/authority.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/**
 * The families of audit actions, by the word before the first `.` or `-`
 * (`login` holds login, login-failed, login-locked and login.unlock), for the
 * clerk's filter.
 */
export const AUDIT_FAMILIES = [
  'cable',
  'cables',
  'registry',
  'login',
  'token',
  'password',
  'person',
  'post',
  'series',
  'group',
  'membership',
  'classification',
  'conference',
  'verdicts',
] as const;

const INSTANT = z.iso
  .datetime({ offset: true })
  .transform((at) => new Date(at).toISOString())
  .meta({ description: 'ISO 8601; an offset is allowed, compared in UTC' });

export const AuditQuerySchema = z.strictObject({
  actor: PARTICIPANT_ID.optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]{0,39}$/, 'must be an audit action such as login-failed')
    .optional(),
  family: z.enum(AUDIT_FAMILIES).optional().meta({ description: 'Actions of one family, e.g. login' }),
  since: INSTANT.optional().meta({ description: 'Entries at or after this instant' }),
  until: INSTANT.optional().meta({ description: 'Entries before this instant' }),
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Only entries before this position: the `next` of the page before' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/**
 * Who reads the audit log: the operator at the console, an administrator, or
 * a signed-in auditor (PRODUCT.md §Who uses it), who may read it but change nothing.
 */
export type AuditReader = Authority | { auditor: string };

/** The audit log, newest first, narrowed by actor, action or its family, and time. */
export async function listAudit(
  services: Services,
  reader: AuditReader,
  input: unknown,
): Promise<AuditEntry[]> {
  return (await auditPage(services, reader, input)).entries;
}

/**
 * A page of the audit log as listAudit narrows it, with the position to pass
 * as `before` for the next page (null when this page is the last).
 */
export async function auditPage(
  services: Services,
  reader: AuditReader,
  input: unknown,
): Promise<{ entries: AuditEntry[]; next: number | null }> {
  if ('auditor' in reader) await requireAuditor(services, reader.auditor);
  else await requireAdmin(services, reader);
  const query = parseInput(AuditQuerySchema, input, 'query');
  // One more than asked shows whether a next page exists without a count over the whole log.
  const entries = await services.store.audit.list({ ...query, limit: query.limit + 1 });
  const page = entries.slice(0, query.limit);
  return { entries: page, next: entries.length > query.limit ? page.at(-1)!.seq : null };
}

import { z } from 'zod';
import { PARTICIPANT_ID } from '../../core/index.js';
import type { AuditEntry } from '../../store/store.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

export const AuditQuerySchema = z.strictObject({
  actor: PARTICIPANT_ID.optional(),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]{0,39}$/, 'must be an audit action such as login-failed')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The audit log, newest first, optionally one actor's or one action's: for administrators only. */
export async function listAudit(
  services: Services,
  authority: Authority,
  input: unknown,
): Promise<AuditEntry[]> {
  await requireAdmin(services, authority);
  const query = parseInput(AuditQuerySchema, input, 'query');
  return services.store.audit.list(query);
}

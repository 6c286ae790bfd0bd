import { z } from 'zod';
import { PARTICIPANT_ID } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { type Authority, requireAdmin } from '../organisation/authority.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { lockedUntil } from './login-lockout.js';

// A person's login is their id; logins are counted in lower case whatever case was typed.
const UnlockSchema = z.strictObject({
  login: z
    .string()
    .transform((login) => login.toLowerCase())
    .pipe(PARTICIPANT_ID),
});

/**
 * Lifts a login's lock and forgets its recent wrong passwords, on an
 * administrator's or the operator's authority, audited: anyone can lock a
 * login with five wrong passwords, the administrator's own among them, so the
 * clerk (or the operator at the console, for the clerk) must be able to undo it.
 */
export async function unlockLogin(services: Services, authority: Authority, input: unknown) {
  const actor = await requireAdmin(services, authority);
  const { login } = parseInput(UnlockSchema, input);
  const now = services.now();
  let wasLockedUntil: string | null = null;
  await services.store.auth.updateLoginGuard(login, (guard) => {
    wasLockedUntil = lockedUntil(guard, now);
    return null;
  });
  await recordAudit(services, actor, 'login.unlock', login, { wasLockedUntil });
  return { login, wasLockedUntil: wasLockedUntil as string | null };
}

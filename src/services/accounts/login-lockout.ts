import { DomainError } from '../../core/index.js';
import type { LoginGuard } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';

/**
 * Per-account lockout: this many wrong passwords for one login within the
 * window lock that login for the lock time, whatever address they come from
 * (the per-address rate limit in the HTTP layer stops one address guessing
 * many logins). A locked login refuses even the right password.
 */
export const LOGIN_LOCKOUT = { failures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

const MINUTE = 60_000;

/** The guard after one more wrong password at `now`: failures older than the window drop out, and the last one allowed locks. */
export function afterFailedPassword(guard: LoginGuard | null, login: string, now: string): LoginGuard {
  const at = Date.parse(now);
  const windowStart = at - LOGIN_LOCKOUT.windowMinutes * MINUTE;
  const failures = [...(guard?.failures ?? []).filter((time) => Date.parse(time) > windowStart), now];
  if (failures.length < LOGIN_LOCKOUT.failures) return { login, failures, lockedUntil: null };
  return {
    login,
    failures: [],
    lockedUntil: new Date(at + LOGIN_LOCKOUT.lockMinutes * MINUTE).toISOString(),
  };
}

/** The end of the login's lock when it is locked at `now`, else null. */
export function lockedUntil(guard: LoginGuard | null, now: string): string | null {
  if (!guard?.lockedUntil) return null;
  return Date.parse(guard.lockedUntil) > Date.parse(now) ? guard.lockedUntil : null;
}

function lockedLogin(until: string): DomainError {
  return new DomainError(
    'locked',
    `This login is locked until ${until} after ${LOGIN_LOCKOUT.failures} wrong passwords within ` +
      `${LOGIN_LOCKOUT.windowMinutes} minutes; try again after that time.`,
  );
}

/** Refuses a login that is locked at `now`, the attempt audited; returns its guard otherwise. */
export async function refuseLockedLogin(services: Services, login: string, now: string) {
  const guard = await services.store.auth.loginGuard(login);
  const until = lockedUntil(guard, now);
  if (until) {
    await recordAudit(services, null, 'login-failed', login, { locked: true, until });
    throw lockedLogin(until);
  }
  return guard;
}

/** Counts a wrong password against the login; the one that locks it is audited and answered as locked. */
export async function countFailedPassword(services: Services, login: string, now: string): Promise<void> {
  const guard = await services.store.auth.updateLoginGuard(login, (current) =>
    afterFailedPassword(current, login, now),
  );
  const until = lockedUntil(guard, now);
  if (until) {
    await recordAudit(services, null, 'login-locked', login, { until, failures: LOGIN_LOCKOUT.failures });
    throw lockedLogin(until);
  }
}

/** A right password clears the login's record of wrong ones. */
export async function forgetFailedPasswords(services: Services, login: string): Promise<void> {
  await services.store.auth.updateLoginGuard(login, () => null);
}

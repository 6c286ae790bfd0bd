import { DomainError } from '../../core/index.js';
import type { LoginGuard } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';

/**
 * Per-account lockout: this many wrong passwords for one login within the
 * window lock that login for the lock time, whatever address they come from
 * (the per-address limit and slow-down in the HTTP layer stop one address
 * guessing many logins). A locked login refuses even the right password; an
 * administrator or the operator can unlock it (unlock-login.ts).
 */
export const LOGIN_LOCKOUT = { failures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

const MINUTE = 60_000;

/** An attempt to sign in, reserved before its password is checked. */
export interface ReservedAttempt {
  /** False when the login was locked: the password must not be checked. */
  admitted: boolean;
  /** True for the attempt that used up the last allowed one: the login is locked from it on. */
  locks: boolean;
  guard: LoginGuard | null;
}

/**
 * The guard once one more attempt is reserved at `now`: the attempt counts as
 * a failure until its password proves right, so attempts checked in parallel
 * are all counted before any check ends. Failures older than the window drop
 * out; the attempt that reaches the limit is still checked but locks the login
 * at once, and every attempt after it is refused unchecked.
 */
export function reserveAttempt(guard: LoginGuard | null, login: string, now: string): ReservedAttempt {
  if (lockedUntil(guard, now)) return { admitted: false, locks: false, guard };
  const at = Date.parse(now);
  const windowStart = at - LOGIN_LOCKOUT.windowMinutes * MINUTE;
  const failures = [...(guard?.failures ?? []).filter((time) => Date.parse(time) > windowStart), now];
  if (failures.length < LOGIN_LOCKOUT.failures) {
    return { admitted: true, locks: false, guard: { login, failures, lockedUntil: null } };
  }
  const until = new Date(at + LOGIN_LOCKOUT.lockMinutes * MINUTE).toISOString();
  return { admitted: true, locks: true, guard: { login, failures: [], lockedUntil: until } };
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
      `${LOGIN_LOCKOUT.windowMinutes} minutes; try again after that time, or ask an administrator to unlock it.`,
  );
}

/**
 * Reserves an attempt for the login in one write transaction, before the
 * (slow) password check: refuses `locked` (audited) when the login is locked,
 * so of many guesses sent at once only as many as the limit are ever checked.
 */
export async function reserveLoginAttempt(services: Services, login: string, now: string) {
  let reserved: ReservedAttempt = { admitted: false, locks: false, guard: null };
  await services.store.auth.updateLoginGuard(login, (current) => {
    reserved = reserveAttempt(current, login, now);
    return reserved.guard;
  });
  if (!reserved.admitted) {
    const until = lockedUntil(reserved.guard, now)!;
    await recordAudit(services, null, 'login-failed', login, { locked: true, until });
    throw lockedLogin(until);
  }
  return { locks: reserved.locks };
}

/**
 * A wrong password, its failure already counted by its reservation: refused
 * `bad-credentials`, or `locked` for the attempt that locked the login (the
 * lock audited).
 */
export async function refuseWrongPassword(
  services: Services,
  login: string,
  attempt: { locks: boolean },
  now: string,
): Promise<never> {
  await recordAudit(services, null, 'login-failed', login);
  const until = attempt.locks ? lockedUntil(await services.store.auth.loginGuard(login), now) : null;
  if (until) {
    await recordAudit(services, null, 'login-locked', login, { until, failures: LOGIN_LOCKOUT.failures });
    throw lockedLogin(until);
  }
  throw new DomainError('bad-credentials', 'The login or password is wrong.');
}

/** A right password clears the login's record of wrong ones, its own reservation with them. */
export async function forgetFailedPasswords(services: Services, login: string): Promise<void> {
  await services.store.auth.updateLoginGuard(login, () => null);
}

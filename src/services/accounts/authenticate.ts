import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { cleanText, DomainError } from '../../core/index.js';
import type { Person } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { apiTokenStreamKey, type Credential, sessionStreamKey } from './live-streams.js';
import { forgetFailedPasswords, refuseWrongPassword, reserveLoginAttempt } from './login-lockout.js';
import { isPasswordRight } from './password-hashing.js';
import { isPersonDisabled, refuseDisabledPerson } from './person-disablement.js';

// Password hashing lives in password-hashing.ts; much of the code base takes it from here.
export { hashPassword } from './password-hashing.js';

const SESSION_HOURS = 12;

export const LoginSchema = z.strictObject({
  login: cleanText(64).pipe(z.string().min(1, 'a login is required')),
  password: z.string().min(1, 'a password is required').max(1024),
});

/** Tokens are stored only as their SHA-256, so a copy of the database opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token of a session, derived from its secret token so nothing more needs storing. */
export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

export function isCsrfTokenValid(sessionToken: string, presented: string | undefined): boolean {
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(presented ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Checks a login and password and opens a session. An attempt is reserved
 * against the login's lockout before its password is checked, so guesses sent
 * in parallel cannot outrun the lock; an unknown login and a wrong password get
 * the same refusal, the same lockout and the same argon2 work, so neither the
 * answer nor its time tells which logins exist.
 */
export async function logIn(services: Services, input: unknown): Promise<{ person: Person; token: string }> {
  const { login: given, password } = parseInput(LoginSchema, input);
  const login = given.toLowerCase();
  const at = services.now();
  const attempt = await reserveLoginAttempt(services, login, at);
  const found = await services.store.directory.personByLogin(login);
  const isRight = await isPasswordRight(found?.passwordHash ?? null, password);
  if (!found || !isRight) return refuseWrongPassword(services, login, attempt, at);
  await forgetFailedPasswords(services, login);
  const { passwordHash: _, ...person } = found;
  await refuseDisabledPerson(services, person.id);
  const token = randomBytes(32).toString('base64url');
  const now = new Date(at);
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await services.store.auth.createSession(
    tokenHash(token),
    person.id,
    now.toISOString(),
    expires.toISOString(),
  );
  await recordAudit(services, person.id, 'login', null);
  return { person, token };
}

/** Ends a session, and with it every live stream it opened. */
export async function logOut(services: Services, token: string): Promise<void> {
  const hash = tokenHash(token);
  await services.store.auth.deleteSession(hash);
  services.streams.endCredential(sessionStreamKey(hash));
}

/**
 * The person a session cookie or API token belongs to and the credential
 * itself, or null: unknown, expired, revoked, or its person disabled.
 */
export async function personOfCredential(
  services: Services,
  presented: { session?: string; apiToken?: string },
): Promise<{ person: Person; credential: Credential } | null> {
  const found = await credentialOf(services, presented);
  if (!found || (await isPersonDisabled(services, found.personId))) return null;
  const person = (await directorySnapshot(services.store)).personById.get(found.personId);
  return person ? { person, credential: found.credential } : null;
}

async function credentialOf(services: Services, presented: { session?: string; apiToken?: string }) {
  if (presented.apiToken) {
    const hash = tokenHash(presented.apiToken);
    const token = await services.store.auth.liveApiToken(hash);
    if (!token) return null;
    const credential: Credential = { kind: 'api-token', tokenHash: hash, id: token.id };
    return { personId: token.personId, credential };
  }
  if (presented.session) {
    const hash = tokenHash(presented.session);
    const session = await services.store.auth.liveSession(hash, services.now());
    if (!session) return null;
    const credential: Credential = { kind: 'session', tokenHash: hash, expiresAt: session.expiresAt };
    return { personId: session.personId, credential };
  }
  return null;
}

/** Whether a credential still holds now for `person`: not expired, revoked or ended, and its person not disabled. */
export async function isCredentialLive(services: Services, person: string, credential: Credential) {
  const { auth } = services.store;
  const holder =
    credential.kind === 'session'
      ? (await auth.liveSession(credential.tokenHash, services.now()))?.personId
      : (await auth.liveApiToken(credential.tokenHash))?.personId;
  return holder === person && !(await isPersonDisabled(services, person));
}

export const ApiTokenSchema = LoginSchema.extend({
  name: cleanText(80).pipe(z.string().trim().min(1)).default('cli'),
});

/** Issues an API token for the CLI after checking the password; only its hash is kept. */
export async function createApiToken(services: Services, input: unknown) {
  const { name, ...credentials } = parseInput(ApiTokenSchema, input);
  const { person, token: session } = await logIn(services, credentials);
  await logOut(services, session);
  const token = `plt_${randomBytes(32).toString('base64url')}`;
  const id = services.newId();
  await services.store.auth.createApiToken({
    id,
    tokenHash: tokenHash(token),
    personId: person.id,
    name,
    createdAt: services.now(),
  });
  await recordAudit(services, person.id, 'token.create', id, { name });
  return { id, token, person };
}

export async function revokeApiToken(services: Services, personId: string, id: string): Promise<void> {
  if (!(await services.store.auth.revokeApiToken(personId, id, services.now()))) {
    throw new DomainError('not-found', 'No such API token.');
  }
  await recordAudit(services, personId, 'token.revoke', id);
  services.streams.endCredential(apiTokenStreamKey(id));
}

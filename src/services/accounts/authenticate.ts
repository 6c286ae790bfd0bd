import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { cleanText, DomainError } from '../../core/index.js';
import type { Person } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { countFailedPassword, forgetFailedPasswords, refuseLockedLogin } from './login-lockout.js';

/** argon2id, OWASP's second recommended profile (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const SESSION_HOURS = 12;

export const LoginSchema = z.strictObject({
  login: cleanText(64).pipe(z.string().min(1, 'a login is required')),
  password: z.string().min(1, 'a password is required').max(1024),
});

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

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
 * Checks a login and password and opens a session; the same refusal for an
 * unknown login and a wrong password, and the same lockout after repeated
 * wrong passwords (login-lockout.ts), so neither tells which logins exist.
 */
export async function logIn(services: Services, input: unknown): Promise<{ person: Person; token: string }> {
  const { login: given, password } = parseInput(LoginSchema, input);
  const login = given.toLowerCase();
  const at = services.now();
  const guard = await refuseLockedLogin(services, login, at);
  const found = await services.store.directory.personByLogin(login);
  if (!found || !(await verify(found.passwordHash, password))) {
    await recordAudit(services, null, 'login-failed', login);
    await countFailedPassword(services, login, at);
    throw new DomainError('bad-credentials', 'The login or password is wrong.');
  }
  if (guard) await forgetFailedPasswords(services, login);
  const { passwordHash: _, ...person } = found;
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

export async function logOut(services: Services, token: string): Promise<void> {
  await services.store.auth.deleteSession(tokenHash(token));
}

/** The person a session cookie or API token belongs to, or null. */
export async function personOfCredential(
  services: Services,
  credential: { session?: string; apiToken?: string },
): Promise<Person | null> {
  const personId = credential.apiToken
    ? await services.store.auth.apiTokenPerson(tokenHash(credential.apiToken))
    : credential.session
      ? await services.store.auth.sessionPerson(tokenHash(credential.session), services.now())
      : null;
  return personId ? ((await directorySnapshot(services.store)).personById.get(personId) ?? null) : null;
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
}

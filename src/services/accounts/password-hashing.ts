import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id, OWASP's second recommended profile (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password nobody knows, made once per process with the
 * same parameters as every stored hash: checking a password against it costs
 * what checking against a real one costs. Servers make it at start.
 */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
}

/**
 * Whether `password` matches the stored hash. For a login that does not exist
 * (`stored` null) the password is still checked, against the dummy hash, and
 * refused: a wrong password costs the same for a login that exists and for one
 * that does not, so the time of the answer does not tell which logins exist.
 */
export async function isPasswordRight(stored: string | null, password: string): Promise<boolean> {
  const right = await verify(stored ?? (await prepareDummyHash()), password);
  return stored !== null && right;
}

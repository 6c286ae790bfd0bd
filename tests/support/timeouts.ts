/**
 * How long a test or hook may take before vitest gives up on it: room for
 * argon2 password hashing, loading the London example and child processes on
 * a slow, busy machine. No test here fails for being slow, only for being wrong.
 */
export const SLOW = 180_000;

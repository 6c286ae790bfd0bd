/**
 * The one error the domain and services throw for an outcome a caller must
 * handle. Expected outcomes that are not failures (a verdict, a verification
 * result) are returned as values instead.
 */

/** Every code a DomainError can carry, with the sentence that documents it. */
export const ERROR_CODES = {
  'invalid-input': 'The request is malformed or breaks a rule; `field` names the part at fault.',
  'not-found': 'No such thing, or one the caller may not see: the two look the same on purpose.',
  unauthenticated: 'No valid session or API token came with the request.',
  'bad-credentials': 'The login or password is wrong.',
  forbidden: 'The caller is known but lacks the role for this action (never used to hide a cable).',
  conflict: 'The request clashes with the current state, e.g. a login that is already taken.',
  locked:
    'The login is locked for a while after repeated wrong passwords; the message says until when (UTC).',
  disabled:
    'The person is disabled by an administrator: no sign-in, and their sessions and API tokens are refused.',
  'too-many-streams':
    'The person already holds as many live event streams as one person may; close one before opening another.',
  'registry-broken': 'The stored registry does not verify; registration stops until it is repaired.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, in path form: `to[1]`, `body`. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A refusal of bad input, naming the field. */
export function invalidInput(field: string, message: string): DomainError {
  return new DomainError('invalid-input', `${field}: ${message}`, field);
}

/** The answer for anything the caller may not know exists. */
export function notFound(what: string): DomainError {
  return new DomainError('not-found', `No ${what} found.`);
}

import { ApiError } from '../api/api-error.js';

/**
 * A problem found before sending, shaped like the server's 400 so the form
 * shows it by the same field, e.g. 'payload.changes[0].ladder[1].min'.
 */
export function localProblem(field: string, message: string): ApiError {
  return new ApiError(400, 'invalid-input', `${field}: ${message}`, field);
}

/** A number typed in a field; throws a local problem naming the field when it is not one. */
export function numberIn(text: string, field: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) throw localProblem(field, 'must be a number');
  return value;
}

/** A clause id from a label when none is typed: 'Joint trusteeship' → 'joint-trusteeship'. */
export function slugOf(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** Comma separated words as a list, blanks dropped. */
export function listIn(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

let lastKey = 0;
/** A key for a row the reader adds, stable while rows are added and removed around it. */
export function newKey(): number {
  lastKey += 1;
  return lastKey;
}

import { readFileSync } from 'node:fs';
import { DomainError } from '../../core/index.js';

/**
 * The JSON object in a file named by a command's option (`--payload
 * amendment.json`), refused naming the option when it is not one.
 */
export function jsonObjectIn(file: string, option: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DomainError('invalid-input', `${option}: ${(error as Error).message}`, option);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new DomainError('invalid-input', `${option}: the file must hold one JSON object`, option);
  return parsed as Record<string, unknown>;
}

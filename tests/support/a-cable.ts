import type { CableDraftInput } from '../../src/core/index.js';

/**
 * A valid cable draft for the London 1945 organisation, to molotov, with the
 * given fields replaced: `aCable({ precedence: 'FLASH' })`.
 */
export function aCable(fields: Partial<CableDraftInput> = {}): CableDraftInput {
  return {
    to: ['molotov'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'note',
    subject: 'A cable written for a test',
    body: 'The text of a cable written for a test.',
    ...fields,
  };
}

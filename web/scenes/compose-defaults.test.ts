import { describe, expect, test } from 'vitest';
import type { Conference } from '../api/schema.js';
import { roleDefaults } from './compose-defaults.js';

const directory = {
  classifications: ['UNCLASSIFIED', 'SECRET', 'TOP SECRET'],
  kinds: ['directive', 'report', 'note', 'reply'],
};
const plan = (principals: string[], delegation: string[]) =>
  ({ principals, delegation }) as unknown as NonNullable<Conference['plan']>;
const conferences = [
  { id: 'potsdam', plan: null },
  { id: 'london', plan: plan(['stalin'], ['molotov', 'vyshinsky']) },
];

describe('a new cable starts where its writer works', () => {
  test('a principal writes a directive on the conference they lead, above the lowest level', () => {
    expect(roleDefaults(directory, conferences, 'stalin')).toEqual({
      kind: 'directive',
      conference: 'london',
      classification: 'SECRET',
    });
  });

  test('a member of the delegation reports on its conference', () => {
    expect(roleDefaults(directory, conferences, 'vyshinsky')).toEqual({
      kind: 'report',
      conference: 'london',
      classification: 'SECRET',
    });
  });

  test('anyone outside the talks writes a note at the lowest level', () => {
    expect(roleDefaults(directory, conferences, 'poskrebyshev')).toEqual({ kind: 'note' });
  });

  test('offers no kind the registry does not have', () => {
    expect(roleDefaults({ ...directory, kinds: ['note'] }, conferences, 'stalin')).toEqual({
      conference: 'london',
      classification: 'SECRET',
    });
  });
});

import { expect, test } from 'vitest';
import { pathFromLegacyHash } from './legacy-hash.js';

test('a hash address of the old UI is read as the path it stood for', () => {
  expect(pathFromLegacyHash('#/cable/LONTO%200007')).toBe('/cable/LONTO%200007');
  expect(pathFromLegacyHash('#/mandates/trieste?at=1945-09-20')).toBe('/mandates/trieste?at=1945-09-20');
  expect(pathFromLegacyHash('#/inbox?box=sent')).toBe('/inbox?box=sent');
  expect(pathFromLegacyHash('#/')).toBe('/inbox');
});

test('a hash that is not an address (an in-page anchor, nothing) is left alone', () => {
  expect(pathFromLegacyHash('#content')).toBeNull();
  expect(pathFromLegacyHash('')).toBeNull();
});

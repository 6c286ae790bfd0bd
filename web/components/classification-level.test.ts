import { expect, test } from 'vitest';
import { classificationLevel } from './classification-level.js';

const scheme = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

test('the lowest level of the scheme is the calmest and the highest the loudest', () => {
  expect(classificationLevel(scheme, 'UNCLASSIFIED')).toBe(0);
  expect(classificationLevel(scheme, 'TOP SECRET')).toBe(3);
});

test('a short scheme still spans the colours', () => {
  expect(classificationLevel(['OPEN', 'SECRET'], 'SECRET')).toBe(3);
});

test('a label missing from the scheme is treated as the highest', () => {
  expect(classificationLevel(scheme, 'COSMIC')).toBe(3);
});

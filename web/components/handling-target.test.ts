import { expect, test } from 'vitest';
import { describeHandlingTarget } from './handling-target.js';

test('short handling targets are given in minutes and long ones in hours', () => {
  expect(describeHandlingTarget(10)).toBe('within 10 min');
  expect(describeHandlingTarget(180)).toBe('within 3 h');
  expect(describeHandlingTarget(1440)).toBe('within 24 h');
  expect(describeHandlingTarget(90)).toBe('within 90 min');
});

import { expect, test } from 'vitest';
import { formatTime } from './format-time.js';

test('a registered time is shown in the reader’s zone', () => {
  const text = formatTime('1945-09-12T09:30:00Z', 'Europe/Moscow');
  expect(text).toMatch(/12 Sept? 1945/);
  expect(text).toContain('12:30');
});

test('an unknown zone falls back to UTC instead of failing', () => {
  expect(formatTime('1945-09-12T09:30:00Z', 'Mars/Olympus')).toContain('09:30');
});

test('a time that is not a date is shown as given', () => {
  expect(formatTime('soon', 'UTC')).toBe('soon');
});

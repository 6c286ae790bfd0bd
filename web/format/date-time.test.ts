import { expect, test } from 'vitest';
import { formatDay, formatInstant, formatUtc } from './date-time.js';

test('a registered time is shown in the reader’s zone, the zone named as an offset', () => {
  expect(formatInstant('1945-09-12T09:30:00Z', 'Europe/Moscow')).toBe('12 Sept 1945, 12:30 GMT+3');
});

test('a zone reads one way whatever the season: an offset from GMT, never an abbreviation', () => {
  expect(formatInstant('1945-11-04T20:30:00Z', 'Europe/London')).toBe('4 Nov 1945, 20:30 GMT');
  expect(formatInstant('1946-07-01T12:00:00Z', 'Europe/London')).toMatch(/GMT\+1$/);
});

test('the UTC form for the tooltip says UTC', () => {
  expect(formatUtc('1945-09-12T09:30:00.000Z')).toBe('12 Sept 1945, 09:30 UTC');
});

test('a calendar day reads like the date of an instant, with no zone', () => {
  expect(formatDay('1945-09-20')).toBe('20 Sept 1945');
  expect(formatDay('1945-09-20T23:59:59Z')).toBe('20 Sept 1945');
});

test('an unknown zone falls back to UTC instead of failing', () => {
  expect(formatInstant('1945-09-12T09:30:00Z', 'Mars/Olympus')).toBe('12 Sept 1945, 09:30 GMT');
});

test('text that is not a date is shown as given', () => {
  expect(formatInstant('soon', 'UTC')).toBe('soon');
  expect(formatDay('someday')).toBe('someday');
});

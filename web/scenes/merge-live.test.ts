import { expect, test } from 'vitest';
import type { CableSummary } from '../api/schema.js';
import { mergeLive } from './merge-live.js';

function aCable(id: string, author: string): CableSummary {
  return {
    id,
    number: `LONTO ${id}`,
    seq: 1,
    registeredAt: '1945-09-12T09:30:00Z',
    author: { id: author, name: author },
    alias: null,
    to: [],
    info: [],
    exclude: [],
    via: null,
    precedence: 'ROUTINE',
    classification: 'SECRET',
    captions: [],
    kind: 'report',
    subject: id,
    issues: [],
    conference: null,
    read: false,
  };
}

test('a cable pushed live goes on top of the inbox', () => {
  const merged = mergeLive([aCable('a', 'stalin')], [aCable('b', 'beria')], 'in', 'malenkov');
  expect(merged.map((c) => c.id)).toEqual(['b', 'a']);
});

test('the reader’s own cables arrive in Sent, not in the inbox', () => {
  const mine = aCable('m', 'malenkov');
  expect(mergeLive([], [mine], 'in', 'malenkov')).toEqual([]);
  expect(mergeLive([], [mine], 'sent', 'malenkov')).toEqual([mine]);
});

test('a cable already loaded is not shown twice', () => {
  const cable = aCable('a', 'stalin');
  expect(mergeLive([cable], [cable], 'in', 'malenkov')).toEqual([cable]);
});

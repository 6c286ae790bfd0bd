import { expect, test } from 'vitest';
import { splitSnippet } from './split-snippet.js';

test('matched terms are split out of the snippet as marked parts', () => {
  expect(splitSnippet('stand \u0002firm\u0003 on \u0002Rumania\u0003.')).toEqual([
    { text: 'stand ', match: false },
    { text: 'firm', match: true },
    { text: ' on ', match: false },
    { text: 'Rumania', match: true },
    { text: '.', match: false },
  ]);
});

test('a snippet without matches is one plain part', () => {
  expect(splitSnippet('no objections')).toEqual([{ text: 'no objections', match: false }]);
});

test('markup in a snippet stays text', () => {
  expect(splitSnippet('<b>\u0002x\u0003</b>')).toEqual([
    { text: '<b>', match: false },
    { text: 'x', match: true },
    { text: '</b>', match: false },
  ]);
});

test('an unclosed or stray marker is dropped, not shown', () => {
  expect(splitSnippet('a\u0003b \u0002c')).toEqual([
    { text: 'ab ', match: false },
    { text: 'c', match: true },
  ]);
});

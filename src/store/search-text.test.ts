import { describe, expect, it } from 'vitest';
import { isEmptySearch, parseSearchText } from './search-text.js';

describe('parseSearchText', () => {
  it('reads bare words in lower case', () => {
    expect(parseSearchText('Molotov Censorship')).toEqual({ words: ['molotov', 'censorship'], phrases: [] });
  });

  it('reads a quoted phrase as its words in order', () => {
    expect(parseSearchText('"Policy of Concessions" molotov')).toEqual({
      words: ['molotov'],
      phrases: [['policy', 'of', 'concessions']],
    });
  });

  it('reads Cyrillic and digits as words', () => {
    expect(parseSearchText('Молотов ЛОНТО 0142')).toEqual({
      words: ['молотов', 'лонто', '0142'],
      phrases: [],
    });
  });

  it('keeps each word once', () => {
    expect(parseSearchText('Trieste trieste TRIESTE').words).toEqual(['trieste']);
  });

  it('reads operators, brackets and column filters as plain words', () => {
    expect(
      parseSearchText('molotov AND (censorship OR NOT trieste) subject:london body^2 NEAR/3 x*'),
    ).toEqual({
      words: [
        'molotov',
        'and',
        'censorship',
        'or',
        'not',
        'trieste',
        'subject',
        'london',
        'body',
        '2',
        'near',
        '3',
        'x',
      ],
      phrases: [],
    });
  });

  it('reads a quote left open as plain words', () => {
    expect(parseSearchText('molotov "censorship')).toEqual({ words: ['molotov', 'censorship'], phrases: [] });
  });

  it('drops a phrase with no words in it', () => {
    expect(parseSearchText('"" "--" molotov')).toEqual({ words: ['molotov'], phrases: [] });
  });

  it('splits words joined by punctuation inside a phrase', () => {
    expect(parseSearchText('"Memel-regime, condominium"').phrases).toEqual([
      ['memel', 'regime', 'condominium'],
    ]);
  });

  it('keeps at most 32 words and 8 phrases, the first ones given', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const phrases = Array.from({ length: 10 }, (_, i) => `"phrase ${i}"`);
    const search = parseSearchText([...words, ...phrases].join(' '));
    expect(search.words).toEqual(words.slice(0, 32));
    expect(search.phrases).toEqual(Array.from({ length: 8 }, (_, i) => ['phrase', String(i)]));
  });
});

describe('isEmptySearch', () => {
  it('calls a search with neither words nor phrases empty', () => {
    for (const text of ['', '   ', '""', '() * : -', '"'])
      expect(isEmptySearch(parseSearchText(text)), text).toBe(true);
  });

  it('calls a search with a word or a phrase not empty', () => {
    expect(isEmptySearch(parseSearchText('molotov'))).toBe(false);
    expect(isEmptySearch(parseSearchText('"policy of concessions"'))).toBe(false);
  });
});

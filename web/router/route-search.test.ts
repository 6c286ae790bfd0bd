import { describe, expect, test } from 'vitest';
import {
  composeSearch,
  inboxSearch,
  mandateSearch,
  parseSearch,
  searchFilters,
  stringifySearch,
} from './route-search.js';

describe('the pages read their query strings', () => {
  test('the sent box is the inbox with box=sent; anything else is the inbox', () => {
    expect(inboxSearch({ box: 'sent' })).toEqual({ box: 'sent' });
    expect(inboxSearch({ box: 'trash' })).toEqual({});
  });

  test('the inbox keeps its filters in the address, dropping empty ones and any unread but true', () => {
    expect(inboxSearch(parseSearch('?precedence=FLASH&issue=japan&kind=&unread=true'))).toEqual({
      precedence: 'FLASH',
      issue: 'japan',
      unread: 'true',
    });
    expect(inboxSearch({ box: 'sent', unread: 'no', conference: 'london-1945' })).toEqual({
      box: 'sent',
      conference: 'london-1945',
    });
  });

  test('compose remembers the cable it replies to', () => {
    expect(composeSearch({})).toEqual({});
    expect(composeSearch({ reply: 'c-9' })).toEqual({ reply: 'c-9' });
  });

  test('compose is prefilled for a step of the authority round trip on a report’s move', () => {
    expect(composeSearch(parseSearch('?reply=c-9&intent=ask-authority&move=2'))).toEqual({
      reply: 'c-9',
      intent: 'ask-authority',
      move: 2,
    });
    expect(composeSearch(parseSearch('reply=q-1&intent=grant-authority&about=c-9'))).toEqual({
      reply: 'q-1',
      intent: 'grant-authority',
      about: 'c-9',
    });
  });

  test('an unknown intent, or one without a cable to answer, is a plain compose', () => {
    expect(composeSearch({ reply: 'c-9', intent: 'overrule' })).toEqual({ reply: 'c-9' });
    expect(composeSearch({ intent: 'ask-authority' })).toEqual({});
    expect(composeSearch({ reply: 'c-9', intent: 'ask-authority', move: 'first' })).toEqual({
      reply: 'c-9',
      intent: 'ask-authority',
    });
  });

  test('a round trip through the URL keeps the prefill, about dropped when it is the cable answered', () => {
    const written = stringifySearch({ reply: 'q 1', intent: 'refuse-authority', about: 'c-9', move: 0 });
    expect(written).toBe('?reply=q+1&intent=refuse-authority&about=c-9&move=0');
    expect(composeSearch(parseSearch(written))).toEqual({
      reply: 'q 1',
      intent: 'refuse-authority',
      about: 'c-9',
      move: 0,
    });
    expect(composeSearch({ reply: 'c-9', intent: 'ask-authority', about: 'c-9' })).toEqual({
      reply: 'c-9',
      intent: 'ask-authority',
    });
  });

  test('search keeps its query and filters, blanks dropped', () => {
    expect(searchFilters(parseSearch('?q=trieste&kind=directive&author=&x=1'))).toEqual({
      q: 'trieste',
      kind: 'directive',
    });
  });

  test('the mandate panel keeps its conference and date', () => {
    expect(mandateSearch(parseSearch('?conference=london-1945&at=1945-09-20'))).toEqual({
      conference: 'london-1945',
      at: '1945-09-20',
    });
    expect(mandateSearch({})).toEqual({});
  });

  test('empty values are left out of a written query string', () => {
    expect(stringifySearch({})).toBe('');
    expect(stringifySearch({ q: '', at: undefined })).toBe('');
  });
});

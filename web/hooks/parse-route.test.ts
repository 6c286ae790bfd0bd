import { describe, expect, test } from 'vitest';
import { cableHref, mandateHref, parseRoute } from './parse-route.js';

describe('parseRoute', () => {
  test('an empty or unknown hash opens the inbox', () => {
    expect(parseRoute('')).toEqual({ scene: 'inbox', box: 'in' });
    expect(parseRoute('#/nowhere')).toEqual({ scene: 'inbox', box: 'in' });
  });

  test('the sent box is the inbox scene with box=sent', () => {
    expect(parseRoute('#/inbox?box=sent')).toEqual({ scene: 'inbox', box: 'sent' });
  });

  test('a cable is opened by id or by its registry number', () => {
    expect(parseRoute('#/cable/c-123')).toEqual({ scene: 'cable', ref: 'c-123' });
    expect(parseRoute(cableHref('LONTO 0007'))).toEqual({ scene: 'cable', ref: 'LONTO 0007' });
  });

  test('compose remembers the cable it replies to', () => {
    expect(parseRoute('#/compose')).toEqual({ scene: 'compose', reply: null });
    expect(parseRoute('#/compose?reply=c-9')).toEqual({ scene: 'compose', reply: 'c-9' });
  });

  test('search keeps its query and filters', () => {
    const route = parseRoute('#/search?q=trieste&kind=directive');
    expect(route.scene).toBe('search');
    if (route.scene === 'search') {
      expect(route.params.get('q')).toBe('trieste');
      expect(route.params.get('kind')).toBe('directive');
    }
  });

  test('the mandate panel lists a conference’s issues, or opens one issue as of a date', () => {
    expect(parseRoute('#/mandates')).toEqual({ scene: 'mandates', conference: null, issue: null, at: null });
    expect(parseRoute('#/mandates/tripolitania?at=1945-09-20&conference=london-1945')).toEqual({
      scene: 'mandates',
      conference: 'london-1945',
      issue: 'tripolitania',
      at: '1945-09-20',
    });
  });

  test('mandateHref and parseRoute agree', () => {
    const place = { conference: 'london-1945', issue: 'japan-pact', at: '1945-09-24' };
    expect(parseRoute(mandateHref(place))).toEqual({ scene: 'mandates', ...place });
    expect(mandateHref({})).toBe('#/mandates');
  });
});

import { describe, expect, test } from 'vitest';
import { authorityHref, cableHref, mandateHref, parseRoute } from './parse-route.js';

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

  test('compose is prefilled for a step of the authority round trip on a report’s move', () => {
    expect(parseRoute('#/compose?reply=c-9&intent=ask-authority&move=2')).toEqual({
      scene: 'compose',
      reply: 'c-9',
      authority: { intent: 'ask-authority', about: null, move: 2 },
    });
    expect(parseRoute('#/compose?reply=q-1&intent=grant-authority&about=c-9')).toEqual({
      scene: 'compose',
      reply: 'q-1',
      authority: { intent: 'grant-authority', about: 'c-9', move: null },
    });
  });

  test('an unknown intent, or one without a cable to answer, is a plain compose', () => {
    expect(parseRoute('#/compose?reply=c-9&intent=overrule')).toEqual({ scene: 'compose', reply: 'c-9' });
    expect(parseRoute('#/compose?intent=ask-authority')).toEqual({ scene: 'compose', reply: null });
  });

  test('authorityHref and parseRoute agree', () => {
    expect(parseRoute(authorityHref('refuse-authority', { reply: 'q 1', about: 'c-9', move: 0 }))).toEqual({
      scene: 'compose',
      reply: 'q 1',
      authority: { intent: 'refuse-authority', about: 'c-9', move: 0 },
    });
    expect(authorityHref('ask-authority', { reply: 'c-9', about: 'c-9' })).toBe(
      '#/compose?reply=c-9&intent=ask-authority',
    );
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

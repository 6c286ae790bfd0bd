import { describe, expect, it } from 'vitest';
import {
  aMembership,
  anOrganisation,
  DECEMBER_6,
  LONDON_GROUPS,
  LONDON_PEOPLE,
} from '../testing/factories.js';
import { isMemberAt, organisationAt } from './organisation.js';

describe('isMemberAt', () => {
  const beriaInTheFour = aMembership('four', 'beria', {
    from: '1945-10-08T00:00:00.000Z',
    until: '1945-12-07T00:00:00.000Z',
  });

  it('counts a member from the first instant of the membership', () => {
    expect(isMemberAt(beriaInTheFour, '1945-10-08T00:00:00.000Z')).toBe(true);
    expect(isMemberAt(beriaInTheFour, '1945-10-07T23:59:59.999Z')).toBe(false);
  });

  it('no longer counts a member at the instant the membership ends', () => {
    expect(isMemberAt(beriaInTheFour, '1945-12-06T23:59:59.999Z')).toBe(true);
    expect(isMemberAt(beriaInTheFour, '1945-12-07T00:00:00.000Z')).toBe(false);
  });

  it('counts a member without an end for ever after', () => {
    expect(isMemberAt(aMembership('four', 'beria', { until: null }), '2045-01-01T00:00:00.000Z')).toBe(true);
  });

  it('compares instants, not spellings, when a time is written without milliseconds', () => {
    const fromNineOClock = aMembership('four', 'gusev', {
      from: '1945-12-06T09:00:00Z',
      until: '1945-12-06T10:00:00Z',
    });
    expect(isMemberAt(fromNineOClock, '1945-12-06T09:00:00.000Z')).toBe(true);
    expect(isMemberAt(fromNineOClock, '1945-12-06T09:00:00.500Z')).toBe(true);
    expect(isMemberAt(fromNineOClock, '1945-12-06T10:00:00.000Z')).toBe(false);
  });

  it('compares instants, not spellings, when a time is written in Moscow time', () => {
    const fromNoonMoscow = aMembership('four', 'gusev', { from: '1945-12-06T12:00:00+03:00' });
    expect(isMemberAt(fromNoonMoscow, '1945-12-06T09:30:00.000Z')).toBe(true);
    expect(isMemberAt(fromNoonMoscow, '1945-12-06T08:30:00.000Z')).toBe(false);
  });

  it('reads a bare date as the start of that day in UTC', () => {
    const fromOctober8 = aMembership('four', 'beria', { from: '1945-10-08', until: '1945-10-09' });
    expect(isMemberAt(fromOctober8, '1945-10-08T00:00:00.000Z')).toBe(true);
    expect(isMemberAt(fromOctober8, '1945-10-09T00:00:00.000Z')).toBe(false);
  });

  it('counts no one as a member under a time that is not ISO 8601 with a zone', () => {
    expect(isMemberAt(aMembership('four', 'beria', { from: 'autumn 1945' }), DECEMBER_6)).toBe(false);
    expect(isMemberAt(aMembership('four', 'beria', { from: '1945-10-08T00:00:00' }), DECEMBER_6)).toBe(false);
    expect(isMemberAt(aMembership('four', 'beria', { until: 'never' }), DECEMBER_6)).toBe(false);
    expect(isMemberAt(aMembership('four', 'beria'), 'today')).toBe(false);
  });
});

describe('organisationAt', () => {
  it('freezes the people and each group’s members at the instant of registration', () => {
    const org = anOrganisation(DECEMBER_6);
    expect([...org.people].sort()).toEqual([...LONDON_PEOPLE].sort());
    expect(org.groups.get('four')).toEqual(['molotov', 'beria', 'malenkov', 'mikoyan']);
    expect(org.groups.get('three')).toEqual(['beria', 'malenkov', 'mikoyan']);
  });

  it('keeps a group that has no members at that instant, with none', () => {
    const org = anOrganisation(DECEMBER_6);
    expect(org.groups.has('delegation')).toBe(true);
    expect(org.groups.get('delegation')).toEqual([]);
  });

  it('sees the London delegation during the session and the Four not yet formed', () => {
    const org = anOrganisation('1945-09-20T12:00:00.000Z');
    expect(org.groups.get('delegation')).toEqual(['molotov', 'gusev', 'pavlov']);
    expect(org.groups.get('four')).toEqual([]);
  });

  it('ignores a membership of a group that does not exist', () => {
    const org = organisationAt(LONDON_PEOPLE, LONDON_GROUPS, [aMembership('sextet', 'molotov')], DECEMBER_6);
    expect(org.groups.has('sextet')).toBe(false);
  });
});

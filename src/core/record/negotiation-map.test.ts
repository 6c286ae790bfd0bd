import { describe, expect, it } from 'vitest';
import { emptyMandate, type Mandate } from '../mandate/mandate.js';
import { overviewOf } from './map-overview.js';
import { drawNegotiationMap, type MapPoint } from './negotiation-map.js';

const issue = { id: 'wages', title: 'Wages' };

function aPoint(point: Partial<MapPoint>): MapPoint {
  return {
    at: '2027-02-03T12:00:00.000Z',
    party: 'union',
    position: null,
    value: null,
    unit: null,
    status: null,
    text: 'said something',
    cable: 'c1',
    source: 'report',
    ...point,
  };
}

const mandate: Mandate = {
  ...emptyMandate('wages'),
  ladder: [
    { id: 'open-6', label: 'Six', min: 6, max: 6, unit: '%', direction: 'more-is-better' },
    {
      id: 'fallback-4-5',
      label: 'Four and a half',
      min: 4.5,
      max: 4.5,
      unit: '%',
      direction: 'more-is-better',
    },
  ],
  authority: 1,
  directives: ['d1'],
};

describe('the negotiation map of an issue', () => {
  it("gives each party's line, places ladder positions as steps with their numbers, and measures the gap", () => {
    const map = drawNegotiationMap(
      issue,
      ['union', 'employer'],
      [
        aPoint({ position: 'open-6' }),
        aPoint({ party: 'employer', value: 1.5, unit: '%', at: '2027-02-03T13:00:00.000Z' }),
        aPoint({ party: 'employer', value: 2.5, unit: '%', at: '2027-02-17T12:00:00.000Z' }),
      ],
      mandate,
    );
    expect(map.parties.map((line) => line.points.length)).toEqual([1, 2]);
    expect(map.parties[0]!.latest).toMatchObject({ step: 0, value: 6, unit: '%' });
    expect(map.gap).toMatchObject({ value: 3.5, unit: '%' });
    expect(map.mandate?.authority).toBe(1);
  });

  it('says which positions stand against each other when they are off our ladder', () => {
    const map = drawNegotiationMap(
      issue,
      ['union', 'employer'],
      [aPoint({ position: 'two-tier' }), aPoint({ party: 'employer', position: 'one-scale' })],
      null,
    );
    expect(map.gap.text).toBe('apart: two-tier against one-scale');
  });

  it('draws no mandate for a reader who holds no directive on the issue', () => {
    expect(drawNegotiationMap(issue, ['union'], [], emptyMandate('wages')).mandate).toBeNull();
  });

  it('is open until a point says otherwise, and remembers when the status changed', () => {
    const map = drawNegotiationMap(
      issue,
      ['union'],
      [
        aPoint({ status: 'agreed', at: '2027-02-03T12:00:00.000Z', cable: 'a' }),
        aPoint({ status: 'agreed', at: '2027-02-04T12:00:00.000Z', cable: 'b' }),
        aPoint({ status: 'deadlocked', at: '2027-02-17T12:00:00.000Z', cable: 'c' }),
      ],
      null,
    );
    expect(map.statusHistory.map((change) => [change.status, change.cable])).toEqual([
      ['agreed', 'a'],
      ['deadlocked', 'c'],
    ]);
    expect(map).toMatchObject({ status: 'deadlocked', statusSince: '2027-02-17T12:00:00.000Z' });
    expect(drawNegotiationMap(issue, ['union'], [], null).status).toBe('open');
  });
});

describe('the conference overview', () => {
  it('puts the issues that moved since the reader last looked first, the latest first', () => {
    const map = (id: string, at: string) =>
      drawNegotiationMap({ id, title: id }, ['union'], [aPoint({ at, value: 1, unit: '%' })], null);
    const rows = overviewOf(
      [map('a', '2027-02-01T00:00:00Z'), map('b', '2027-02-10T00:00:00Z'), map('c', '2027-02-20T00:00:00Z')],
      '2027-02-05T00:00:00Z',
    );
    expect(rows.map((row) => [row.issue.id, row.moved])).toEqual([
      ['c', true],
      ['b', true],
      ['a', false],
    ]);
  });
});

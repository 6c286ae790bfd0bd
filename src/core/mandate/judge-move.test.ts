import { describe, expect, it } from 'vitest';
import {
  aDirective,
  addRedLine,
  aNumericStep,
  aRedLine,
  aStep,
  LONDON_1945,
  onRecord,
  ourMove,
  releaseTo,
  setLadder,
  theirMove,
} from '../testing/mandate-factories.js';
import { checkMove, isOnTerms } from './check-move.js';
import { judgeMove } from './judge-move.js';
import type { Move } from './move.js';
import { projectMandate } from './project-mandate.js';

// Italian reparations as two terms negotiated together: the total claimed, and the years over which it is paid.
const TOTAL = [
  aNumericStep('full-claim', { min: 100, max: 150, unit: 'million-usd' }),
  aNumericStep('reduced-claim', { min: 80, max: 99, unit: 'million-usd' }),
];
const PERIOD = [aStep('six-years'), aStep('seven-years'), aStep('ten-years')];
const AT = '1946-06-01T00:00:00Z';
const DIRECTIVES = [
  aDirective('dir-total', '1946-05-01T00:00:00Z', 'italy-treaty', [setLadder(TOTAL)], {
    dimension: 'total',
  }),
  aDirective(
    'dir-period',
    '1946-05-02T00:00:00Z',
    'italy-treaty',
    [setLadder(PERIOD), releaseTo('seven-years')],
    {
      dimension: 'period',
    },
  ),
  aDirective(
    'dir-floor',
    '1946-05-03T00:00:00Z',
    'italy-treaty',
    [
      addRedLine(
        aRedLine('no-less-than-80', {
          type: 'numeric-bound',
          bound: 80,
          unit: 'million-usd',
          direction: 'more-is-better',
        }),
      ),
    ],
    { dimension: 'total' },
  ),
];
const mandateOf = (issue: string, dimension?: string) => projectMandate(issue, DIRECTIVES, AT, dimension);
const onItaly = (dimensions: Move['dimensions']) =>
  ourMove({ issue: 'italy-treaty', type: 'concession', dimensions });

describe('an issue negotiated in several dimensions', () => {
  it('gives each dimension its own mandate, shaped only by the directives that name it', () => {
    expect(mandateOf('italy-treaty', 'total')).toMatchObject({
      dimension: 'total',
      ladder: TOTAL,
      authority: 0,
      directives: ['dir-total', 'dir-floor'],
    });
    expect(mandateOf('italy-treaty', 'period')).toMatchObject({ authority: 1, directives: ['dir-period'] });
    // The issue as one term has no mandate: every directive on it named a dimension.
    expect(mandateOf('italy-treaty')).toBeNull();
  });

  it('judges a move on each dimension it names; its verdict is the worst, naming that dimension', () => {
    const verdict = judgeMove(
      mandateOf,
      onItaly([
        { dimension: 'total', value: 120, unit: 'million-usd' },
        { dimension: 'period', position: 'ten-years' },
      ]),
      LONDON_1945,
      [],
    );
    expect(verdict).toMatchObject({
      verdict: 'NEEDS_AUTHORITY',
      dimension: 'period',
      directive: 'dir-period',
      cites: ['dir-total', 'dir-floor', 'dir-period'],
    });
    expect(verdict.explanation).toMatch(/^On period: /);
    expect(verdict.dimensions?.map(({ dimension, verdict }) => [dimension, verdict.verdict])).toEqual([
      ['total', 'WITHIN'],
      ['period', 'NEEDS_AUTHORITY'],
    ]);
  });

  it("keeps a dimension's red line to that dimension", () => {
    const below = onItaly([{ dimension: 'total', value: 60, unit: 'million-usd' }]);
    expect(judgeMove(mandateOf, below, LONDON_1945, [])).toMatchObject({
      verdict: 'RED_LINE',
      dimension: 'total',
    });
    // Sixty on the other dimension is not sixty million dollars: the floor on the total does not reach it.
    const period = onItaly([{ dimension: 'period', position: 'six-years', value: 60, unit: 'million-usd' }]);
    expect(judgeMove(mandateOf, period, LONDON_1945, []).verdict).toBe('WITHIN');
  });

  it('finds a dimension no directive has named unmandated, whatever the others allow', () => {
    const verdict = judgeMove(
      mandateOf,
      onItaly([
        { dimension: 'period', position: 'six-years' },
        { dimension: 'recipients', position: 'greece' },
      ]),
      LONDON_1945,
      [],
    );
    expect(verdict).toMatchObject({ verdict: 'UNMANDATED', dimension: 'recipients' });
  });

  it('judges a move that names no dimension exactly as before', () => {
    const move = ourMove({ issue: 'tripolitania', position: 'individual-trusteeship' });
    const directives = [aDirective('dir-1', '1945-09-01T00:00:00Z', 'tripolitania', [setLadder(PERIOD)])];
    const of = (issue: string, dimension?: string) => projectMandate(issue, directives, AT, dimension);
    const verdict = judgeMove(of, move, LONDON_1945, []);
    expect(verdict).toEqual(checkMove(of('tripolitania'), move, LONDON_1945, []));
    expect(verdict).not.toHaveProperty('dimension');
  });

  it("meets linkage terms on a dimension only with the other side's position on that dimension", () => {
    const accepted = theirMove({
      issue: 'italy-treaty',
      type: 'acceptance',
      dimensions: [{ dimension: 'total', value: 100, unit: 'million-usd' }],
    });
    expect(isOnTerms(accepted, { dimension: 'total', atLeast: 100, unit: 'million-usd' })).toBe(true);
    expect(isOnTerms(accepted, { dimension: 'period', position: 'seven-years' })).toBe(false);
    expect(
      isOnTerms({ ...accepted, dimensions: undefined, value: 100 }, { dimension: 'total', atLeast: 100 }),
    ).toBe(false);
    expect(onRecord('rep-1', accepted).cable).toBe('rep-1');
  });
});

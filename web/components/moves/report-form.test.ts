import { describe, expect, test } from 'vitest';
import { blamedMove, blankMove, blankParticipation, movesPayloadFrom, proposedMove } from './report-form.js';

describe('moves composed in the report form', () => {
  test('our concession of a ladder step, and their proposal with the party named', () => {
    const ours = {
      ...blankMove('tripolitania'),
      type: 'concession' as const,
      position: 'joint-trusteeship',
      summary: 'Joint',
    };
    const theirs = {
      ...blankMove('tripolitania', 'theirs'),
      party: 'us',
      terms: 'none' as const,
      summary: 'UN',
    };
    expect(movesPayloadFrom([ours, theirs], 'london-1945')).toEqual({
      type: 'moves',
      conference: 'london-1945',
      moves: [
        {
          issue: 'tripolitania',
          side: 'ours',
          type: 'concession',
          position: 'joint-trusteeship',
          summary: 'Joint',
        },
        { issue: 'tripolitania', side: 'theirs', type: 'proposal', party: 'us', summary: 'UN' },
      ],
    });
  });

  test('a number with its unit, and participation by party and items', () => {
    const value = {
      ...blankMove('reparations'),
      terms: 'value' as const,
      value: '10.5',
      unit: 'billion-usd',
      summary: 'x',
    };
    const participation = {
      ...blankMove('procedure'),
      terms: 'participation' as const,
      participation: [{ ...blankParticipation(), party: 'france', issues: 'italy-treaty, *' }],
      summary: 'y',
    };
    const { moves } = movesPayloadFrom([value, participation], 'c');
    expect(moves[0]).toMatchObject({ value: 10.5, unit: 'billion-usd' });
    expect(moves[1]).toMatchObject({ participation: [{ party: 'france', issues: ['italy-treaty', '*'] }] });
  });

  test('what if: only our moves, with a placeholder summary, never a half-typed number', () => {
    expect(proposedMove({ ...blankMove('tripolitania'), position: 'a' })).toEqual({
      issue: 'tripolitania',
      type: 'proposal',
      position: 'a',
      summary: 'what if',
    });
    expect(proposedMove({ ...blankMove('tripolitania', 'theirs') })).toBeNull();
    expect(proposedMove({ ...blankMove('tripolitania'), terms: 'value', value: '1e' })).toBeNull();
    expect(proposedMove(blankMove(''))).toBeNull();
  });

  test('the server’s blame falls on the move it names', () => {
    expect(blamedMove('payload.moves[1].party')).toEqual({ move: 1, rest: 'party' });
    expect(blamedMove('payload.conference')).toBeNull();
  });
});

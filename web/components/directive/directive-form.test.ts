import { describe, expect, test } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import type { MandateView } from '../../api/schema.js';
import {
  amendmentFrom,
  blameOf,
  blankChange,
  blankCondition,
  blankStep,
  blankTerms,
  type ChangeDraft,
  type ConditionDraft,
  conditionFrom,
  type DirectiveForm,
} from './directive-form.js';
import { stepsBefore } from './steps-before.js';

const tripolitania: MandateView = {
  issue: 'tripolitania',
  ladder: [
    { id: 'individual-trusteeship', label: 'Individual trusteeship' },
    { id: 'joint-trusteeship', label: 'Joint trusteeship' },
  ],
  authority: 0,
  ladderFrom: null,
  authorityFrom: null,
  redLines: [],
  linkages: [],
  directives: [],
};

function aForm(...changes: ChangeDraft[]): DirectiveForm {
  return { issue: 'tripolitania', effectiveFrom: '', changes };
}

describe('a directive composed in the form', () => {
  test('a ladder of a categorical and a numeric step, with authority on the opening', () => {
    const ladder = blankChange('set-ladder', null, []);
    if (ladder.op !== 'set-ladder') throw new Error('a set-ladder change');
    ladder.steps = [
      { ...blankStep(), label: 'Individual trusteeship' },
      { ...blankStep(true), id: 'ten-bn', label: 'Ten billion', min: '10', max: '12', unit: 'billion-usd' },
    ];
    expect(amendmentFrom(aForm(ladder), 'london-1945')).toEqual({
      type: 'mandate-amendment',
      conference: 'london-1945',
      issue: 'tripolitania',
      changes: [
        {
          op: 'set-ladder',
          ladder: [
            { id: 'individual-trusteeship', label: 'Individual trusteeship' },
            {
              id: 'ten-bn',
              label: 'Ten billion',
              min: 10,
              max: 12,
              unit: 'billion-usd',
              direction: 'more-is-better',
            },
          ],
        },
      ],
    });
  });

  test('a release to a step names the next step of the mandate by default', () => {
    expect(blankChange('release-to', tripolitania, [])).toMatchObject({ position: 'joint-trusteeship' });
  });

  test('a withdrawal with no step left withdraws all authority', () => {
    const withdraw = blankChange('withdraw-authority', tripolitania, []);
    expect(amendmentFrom(aForm(withdraw), 'c').changes).toEqual([{ op: 'withdraw-authority' }]);
  });

  test('a linkage on the other side moving, with ids from the description', () => {
    const linkage = blankChange('add-linkage', tripolitania, ['balkans']);
    if (linkage.op !== 'add-linkage') throw new Error('an add-linkage change');
    linkage.description = 'Only after the Balkans';
    linkage.condition = {
      ...blankCondition('any'),
      of: [{ ...blankCondition('their-move', 'balkans'), party: 'us' }],
    };
    expect(amendmentFrom(aForm(linkage), 'c').changes).toEqual([
      {
        op: 'add-linkage',
        linkage: {
          id: 'only-after-the-balkans',
          description: 'Only after the Balkans',
          condition: { type: 'any', of: [{ type: 'their-move', issue: 'balkans', party: 'us' }] },
        },
      },
    ]);
  });

  test('a numeric step without a number is refused by its field before sending', () => {
    const ladder = blankChange('set-ladder', null, []);
    if (ladder.op !== 'set-ladder') throw new Error('a set-ladder change');
    ladder.steps = [{ ...blankStep(true), label: 'Ten', min: '', max: '12', unit: 'bn' }];
    const thrown = (() => {
      try {
        amendmentFrom(aForm({ ...blankChange('release-next', null, []) }, ladder), 'c');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).field).toBe('payload.changes[1].ladder[0].min');
  });

  test('a change after a new ladder chooses among the new steps', () => {
    const ladder = blankChange('set-ladder', tripolitania, []);
    if (ladder.op !== 'set-ladder') throw new Error('a set-ladder change');
    ladder.steps = [{ ...blankStep(), label: 'Base in Tripoli' }];
    const form = aForm(ladder, blankChange('release-next', tripolitania, []));
    expect(stepsBefore(form, 1, tripolitania)).toEqual([{ id: 'base-in-tripoli', label: 'Base in Tripoli' }]);
    expect(stepsBefore(form, 0, tripolitania).map((s) => s.id)).toEqual([
      'individual-trusteeship',
      'joint-trusteeship',
    ]);
  });

  test('a step inserted after a named one is sent as such, and later changes may name it', () => {
    const insert = blankChange('insert-step', tripolitania, []);
    if (insert.op !== 'insert-step') throw new Error('an insert-step change');
    insert.step = { ...blankStep(), label: 'Warship calls' };
    insert.after = 'individual-trusteeship';
    const form = aForm(insert, blankChange('append-step', tripolitania, []));
    expect(amendmentFrom(aForm(insert), 'c').changes).toEqual([
      {
        op: 'insert-step',
        step: { id: 'warship-calls', label: 'Warship calls' },
        after: 'individual-trusteeship',
      },
    ]);
    expect(stepsBefore(form, 1, tripolitania).map((s) => s.id)).toEqual([
      'individual-trusteeship',
      'warship-calls',
      'joint-trusteeship',
    ]);
  });

  test('a ratification names the report and the move as numbered on screen, from 1', () => {
    const ratify = blankChange('ratify', tripolitania, []);
    if (ratify.op !== 'ratify') throw new Error('a ratify change');
    expect(() => amendmentFrom(aForm(ratify), 'c')).toThrow(ApiError);
    const named = { ...ratify, report: ' LONTO 0007 ', move: '2' };
    expect(amendmentFrom(aForm(named), 'c').changes).toEqual([
      { op: 'ratify', report: 'LONTO 0007', move: 1 },
    ]);
  });

  test('the server’s blame is placed on the change it names', () => {
    expect(blameOf('payload.changes[2].ladder[1].min')).toEqual({ change: 2, rest: 'ladder[1].min' });
    expect(blameOf('payload.issue')).toEqual({ change: null, rest: 'issue' });
    expect(blameOf('subject')).toBeNull();
  });
});

describe('a linkage on terms composed in the form', () => {
  const linkedOn = (terms: Partial<ConditionDraft['terms']>) => {
    const condition = {
      ...blankCondition('their-move', 'italy-treaty'),
      terms: { ...blankTerms(), ...terms },
    };
    return conditionFrom(condition, 'payload.changes[0].linkage.condition');
  };

  test('sends only the terms filled in, numbers as numbers, on a dimension', () => {
    expect(linkedOn({ dimension: 'total', atLeast: '100', unit: 'million-usd' })).toEqual({
      type: 'their-move',
      issue: 'italy-treaty',
      terms: { dimension: 'total', atLeast: 100, unit: 'million-usd' },
    });
    expect(linkedOn({})).toEqual({ type: 'their-move', issue: 'italy-treaty' });
  });

  test('refuses a bound that is not a number, or a unit with no bound, naming the field', () => {
    expect(() => linkedOn({ atMost: 'lots' })).toThrow(/atMost/);
    expect(() => linkedOn({ unit: 'million-usd' })).toThrow(/unit/);
  });
});

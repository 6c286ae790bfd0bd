import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  aMandate,
  anAmendment,
  aRedLine,
  aStep,
  releaseTo,
  setLadder,
} from '../testing/mandate-factories.js';
import {
  applyAmendment,
  type MandateAmendment,
  MandateAmendmentSchema,
  type MandateChange,
} from './amendment.js';
import type { Mandate } from './mandate.js';

/** Tripolitania as L-16 drew it, with the delegation released down to the warship calls. */
const RELEASED_TO_CALLS = aMandate(
  'tripolitania',
  [setLadder([aStep('individual-trusteeship'), aStep('warship-calls'), aStep('joint-trusteeship')])],
  [releaseTo('warship-calls')],
);

const amend = (mandate: Mandate, ...changes: MandateChange[]) =>
  applyAmendment(mandate, anAmendment('tripolitania', changes), 'dir-steps');

const stepsOf = (mandate: Mandate) => mandate.ladder.map((step) => step.id);

function fieldRefused(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'invalid-input') return error.field;
    throw error;
  }
  throw new Error('expected the amendment to be refused');
}

describe('amendments that name steps of the ladder', () => {
  it('inserts a step after a named one without re-sending the ladder, the authority keeping its step', () => {
    const above = amend(RELEASED_TO_CALLS, {
      op: 'insert-step',
      step: aStep('base-lease'),
      after: 'warship-calls',
    });
    expect(stepsOf(above)).toEqual([
      'individual-trusteeship',
      'warship-calls',
      'base-lease',
      'joint-trusteeship',
    ]);
    expect(above).toMatchObject({ authority: 1, ladderFrom: 'dir-steps' });
    const below = amend(RELEASED_TO_CALLS, {
      op: 'insert-step',
      step: aStep('trusteeship-with-council'),
      after: 'individual-trusteeship',
    });
    expect(below.ladder[below.authority]!.id).toBe('warship-calls');
  });

  it('appends a step below the last one as a further fallback', () => {
    const appended = amend(RELEASED_TO_CALLS, { op: 'append-step', step: aStep('italian-trusteeship') });
    expect(stepsOf(appended).at(-1)).toBe('italian-trusteeship');
    expect(appended.authority).toBe(1);
  });

  it('refuses a step inserted after a step that is not on the ladder, naming the field', () => {
    const unknown = { op: 'insert-step', step: aStep('base-lease'), after: 'no-such-step' } as const;
    expect(fieldRefused(() => amend(RELEASED_TO_CALLS, releaseTo('warship-calls'), unknown))).toBe(
      'payload.changes[1].after',
    );
  });

  it('refuses a step already on the ladder, and one inserted below the authority that a red line forbids', () => {
    expect(
      fieldRefused(() => amend(RELEASED_TO_CALLS, { op: 'append-step', step: aStep('warship-calls') })),
    ).toBe('payload.changes[0].step.id');
    const forbidding = amend(RELEASED_TO_CALLS, {
      op: 'add-red-line',
      redLine: aRedLine('no-council', { type: 'forbid-positions', positions: ['council'] }),
    });
    const inserted = { op: 'insert-step', step: aStep('council'), after: 'individual-trusteeship' } as const;
    expect(fieldRefused(() => amend(forbidding, inserted))).toBe('payload.changes[0]');
  });

  it('reads both changes from a directive payload', () => {
    const payload: MandateAmendment = {
      type: 'mandate-amendment',
      conference: 'london-1945',
      issue: 'tripolitania',
      changes: [
        { op: 'insert-step', step: { id: 'base-lease', label: 'a base on lease' }, after: 'warship-calls' },
        { op: 'append-step', step: { id: 'italian-trusteeship', label: 'Italy as trustee' } },
      ],
    };
    expect(MandateAmendmentSchema.parse(payload)).toEqual(payload);
  });
});

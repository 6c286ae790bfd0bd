import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  aDirective,
  addLinkage,
  addRedLine,
  aLinkage,
  aMandate,
  anAmendment,
  aRedLine,
  aStep,
  releaseNext,
  releaseTo,
  removeLinkage,
  removeRedLine,
  setLadder,
  theyMoveOn,
  withdrawAuthority,
} from '../testing/mandate-factories.js';
import { applyAmendment, type MandateChange } from './amendment.js';
import type { Mandate } from './mandate.js';
import { effectiveAt, projectMandate } from './project-mandate.js';

const TRIPOLITANIA_LADDER = [
  aStep('individual-trusteeship'),
  aStep('warship-calls'),
  aStep('joint-trusteeship'),
];
const FORBID_JOINT = aRedLine('no-joint-trusteeship', {
  type: 'forbid-positions',
  positions: ['joint-trusteeship'],
});
const JAPAN_FIRST = aLinkage('japan-first', theyMoveOn('japan-pact'), { positions: ['warship-calls'] });

/** The Tripolitania mandate of one directive `dir-1`: the three-step ladder, authority at the opening. */
const OPENING_ONLY = aMandate('tripolitania', [setLadder(TRIPOLITANIA_LADDER)]);

function amend(mandate: Mandate, ...changes: MandateChange[]): Mandate {
  return applyAmendment(mandate, anAmendment('tripolitania', changes), 'dir-next');
}

/** The refusal an amendment gets, so a test can read its code and field. */
function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the amendment to be refused');
}

function expectRefusedNaming(run: () => unknown, field: string): void {
  const refusal = refusalOf(run);
  expect(refusal.code).toBe('invalid-input');
  expect(refusal.field).toBe(field);
}

describe('applyAmendment, each change a directive can make', () => {
  it('sets a ladder with the authority at the opening unless the directive names a step', () => {
    expect(OPENING_ONLY.ladder.map((step) => step.id)).toEqual([
      'individual-trusteeship',
      'warship-calls',
      'joint-trusteeship',
    ]);
    expect(OPENING_ONLY).toMatchObject({ authority: 0, ladderFrom: 'dir-1', authorityFrom: 'dir-1' });
    expect(aMandate('tripolitania', [setLadder(TRIPOLITANIA_LADDER, 'warship-calls')]).authority).toBe(1);
  });

  it('resets the authority when a new ladder replaces the old one', () => {
    const released = amend(OPENING_ONLY, releaseTo('joint-trusteeship'));
    const redrawn = amend(released, setLadder([aStep('individual-trusteeship'), aStep('no-base')]));
    expect(redrawn).toMatchObject({ authority: 0, ladderFrom: 'dir-next', authorityFrom: 'dir-next' });
  });

  it('releases the next step, and a named step, recording the releasing directive', () => {
    expect(amend(OPENING_ONLY, releaseNext())).toMatchObject({
      authority: 1,
      authorityFrom: 'dir-next',
      ladderFrom: 'dir-1',
    });
    expect(amend(OPENING_ONLY, releaseTo('joint-trusteeship')).authority).toBe(2);
  });

  it('withdraws the authority to a named step, or altogether', () => {
    const released = amend(OPENING_ONLY, releaseTo('joint-trusteeship'));
    expect(amend(released, withdrawAuthority('warship-calls')).authority).toBe(1);
    expect(amend(released, withdrawAuthority()).authority).toBe(-1);
  });

  it('adds and removes a red line, remembering the directive behind it', () => {
    const withRedLine = amend(OPENING_ONLY, addRedLine(FORBID_JOINT));
    expect(withRedLine.redLines).toEqual([{ clause: FORBID_JOINT, directive: 'dir-next' }]);
    expect(
      applyAmendment(
        withRedLine,
        anAmendment('tripolitania', [removeRedLine('no-joint-trusteeship')]),
        'dir-3',
      ).redLines,
    ).toEqual([]);
  });

  it('adds and removes a linkage, remembering the directive behind it', () => {
    const withLinkage = amend(OPENING_ONLY, addLinkage(JAPAN_FIRST));
    expect(withLinkage.linkages).toEqual([{ clause: JAPAN_FIRST, directive: 'dir-next' }]);
    expect(amend(withLinkage, removeLinkage('japan-first')).linkages).toEqual([]);
  });

  it('adds the directive to the history once, however many changes it makes', () => {
    const amended = amend(OPENING_ONLY, releaseNext(), addRedLine(FORBID_JOINT), addLinkage(JAPAN_FIRST));
    expect(amended.directives).toEqual(['dir-1', 'dir-next']);
  });

  it('accepts changes in any order when the amendment as a whole is consistent', () => {
    const released = amend(OPENING_ONLY, releaseTo('joint-trusteeship'));
    const amended = amend(released, addRedLine(FORBID_JOINT), withdrawAuthority('warship-calls'));
    expect(amended.authority).toBe(1);
    expect(amended.redLines).toHaveLength(1);
  });

  it('leaves the mandate it was given untouched', () => {
    const before = structuredClone(OPENING_ONLY);
    amend(OPENING_ONLY, releaseNext(), addRedLine(FORBID_JOINT));
    expect(() => amend(OPENING_ONLY, releaseNext(), releaseNext(), releaseNext())).toThrow(DomainError);
    expect(OPENING_ONLY).toEqual(before);
  });
});

describe('applyAmendment refuses an amendment that contradicts itself or its mandate, naming the change', () => {
  it('refuses a release past the top of the ladder', () => {
    expectRefusedNaming(
      () => amend(OPENING_ONLY, releaseNext(), releaseNext(), releaseNext()),
      'payload.changes[2]',
    );
  });

  it('refuses a release when there is no ladder at all', () => {
    expectRefusedNaming(
      () =>
        amend(
          aMandate('tripolitania', [addLinkage(aLinkage('general', theyMoveOn('balkans')))]),
          releaseNext(),
        ),
      'payload.changes[0]',
    );
  });

  it('refuses to release or withdraw to a step that is not on the ladder', () => {
    expectRefusedNaming(() => amend(OPENING_ONLY, releaseTo('condominium')), 'payload.changes[0].position');
    expectRefusedNaming(
      () => amend(OPENING_ONLY, releaseNext(), withdrawAuthority('condominium')),
      'payload.changes[1].position',
    );
  });

  it('refuses a ladder whose default authority names a step it does not have', () => {
    expectRefusedNaming(
      () => amend(OPENING_ONLY, setLadder(TRIPOLITANIA_LADDER, 'condominium')),
      'payload.changes[0].authority',
    );
  });

  it('refuses a ladder with the same step id twice', () => {
    const twice = [aStep('warship-calls'), aStep('individual-trusteeship'), aStep('warship-calls')];
    expectRefusedNaming(
      () => amend(OPENING_ONLY, releaseNext(), setLadder(twice)),
      'payload.changes[1].ladder',
    );
  });

  it('refuses a red line whose id is already taken, in the mandate or earlier in the same amendment', () => {
    const withRedLine = amend(OPENING_ONLY, addRedLine(FORBID_JOINT));
    expectRefusedNaming(() => amend(withRedLine, addRedLine(FORBID_JOINT)), 'payload.changes[0].redLine.id');
    expectRefusedNaming(
      () => amend(OPENING_ONLY, addRedLine(FORBID_JOINT), addRedLine(FORBID_JOINT)),
      'payload.changes[1].redLine.id',
    );
  });

  it('refuses a linkage whose id is already taken', () => {
    const withLinkage = amend(OPENING_ONLY, addLinkage(JAPAN_FIRST));
    expectRefusedNaming(
      () => amend(withLinkage, releaseNext(), addLinkage(JAPAN_FIRST)),
      'payload.changes[1].linkage.id',
    );
  });

  it('refuses to remove a red line or a linkage that is not there', () => {
    expectRefusedNaming(
      () => amend(OPENING_ONLY, removeRedLine('no-joint-trusteeship')),
      'payload.changes[0].id',
    );
    expectRefusedNaming(
      () => amend(OPENING_ONLY, releaseNext(), removeLinkage('japan-first')),
      'payload.changes[1].id',
    );
  });

  it('refuses a withdrawal that would raise the authority', () => {
    expectRefusedNaming(() => amend(OPENING_ONLY, withdrawAuthority('warship-calls')), 'payload.changes[0]');
  });

  it('refuses a release that would lower the authority, which is a withdrawal in disguise', () => {
    const released = amend(OPENING_ONLY, releaseTo('joint-trusteeship'));
    expectRefusedNaming(() => amend(released, releaseTo('warship-calls')), 'payload.changes[0]');
  });

  it('refuses a red line forbidding a step the delegation may already take', () => {
    const released = amend(OPENING_ONLY, releaseTo('joint-trusteeship'));
    expectRefusedNaming(() => amend(released, addRedLine(FORBID_JOINT)), 'payload.changes[0]');
  });

  it('blames the release, not the red line, when a release reaches a forbidden step', () => {
    const forbidden = amend(OPENING_ONLY, addRedLine(FORBID_JOINT));
    expectRefusedNaming(() => amend(forbidden, releaseNext(), releaseNext()), 'payload.changes[1]');
    expectRefusedNaming(
      () => amend(OPENING_ONLY, addRedLine(FORBID_JOINT), releaseTo('joint-trusteeship')),
      'payload.changes[1]',
    );
  });

  it('refuses a linkage naming a step that is not on the ladder', () => {
    const onUnknown = aLinkage('japan-first', theyMoveOn('japan-pact'), { positions: ['condominium'] });
    expectRefusedNaming(
      () => amend(OPENING_ONLY, releaseNext(), addLinkage(onUnknown)),
      'payload.changes[1]',
    );
  });

  it('refuses a new ladder that drops a step a linkage holds back', () => {
    const linked = amend(OPENING_ONLY, addLinkage(JAPAN_FIRST));
    expectRefusedNaming(
      () => amend(linked, setLadder([aStep('individual-trusteeship')])),
      'payload.changes[0]',
    );
  });
});

describe('projectMandate, the mandate in force at an instant', () => {
  const LADDER = aDirective('dir-aug-20', '1945-08-20T10:00:00.000Z', 'tripolitania', [
    setLadder(TRIPOLITANIA_LADDER),
  ]);
  const RELEASE = aDirective('dir-sept-16', '1945-09-16T21:00:00.000Z', 'tripolitania', [releaseNext()]);
  const RUMANIA = aDirective('dir-sept-12', '1945-09-12T20:00:00.000Z', 'rumania', [
    setLadder([aStep('groza-as-is')]),
  ]);

  it('is null for an issue no directive has spoken of', () => {
    expect(
      projectMandate('austria-currency', [LADDER, RUMANIA, RELEASE], '1945-10-01T00:00:00.000Z'),
    ).toBeNull();
    expect(projectMandate('tripolitania', [], '1945-10-01T00:00:00.000Z')).toBeNull();
  });

  it('is null before the first directive on the issue takes effect', () => {
    expect(projectMandate('tripolitania', [LADDER], '1945-08-20T09:59:59.999Z')).toBeNull();
  });

  it('applies only the directives in effect by the instant, a directive counting from its very registration', () => {
    expect(
      projectMandate('tripolitania', [LADDER, RUMANIA, RELEASE], '1945-09-16T20:59:59.999Z')?.authority,
    ).toBe(0);
    expect(
      projectMandate('tripolitania', [LADDER, RUMANIA, RELEASE], '1945-09-16T21:00:00.000Z')?.authority,
    ).toBe(1);
  });

  it('lists the cables that shaped the mandate in registry order, and no cable on another issue', () => {
    const mandate = projectMandate('tripolitania', [LADDER, RUMANIA, RELEASE], '1945-10-01T00:00:00.000Z');
    expect(mandate?.directives).toEqual(['dir-aug-20', 'dir-sept-16']);
  });

  it('applies a retroactive correction from its effective time, before it was registered', () => {
    const correction = aDirective(
      'dir-correction',
      '1945-09-20T08:00:00.000Z',
      'tripolitania',
      [releaseNext()],
      {
        effectiveAt: '1945-09-10T00:00:00+03:00',
      },
    );
    expect(effectiveAt(correction)).toBe('1945-09-10T00:00:00+03:00');
    const directives = [LADDER, correction];
    expect(projectMandate('tripolitania', directives, '1945-09-09T20:59:59.999Z')?.authority).toBe(0);
    const corrected = projectMandate('tripolitania', directives, '1945-09-09T21:00:00.000Z');
    expect(corrected?.authority).toBe(1);
    expect(corrected?.authorityFrom).toBe('dir-correction');
    expect(corrected?.directives).toEqual(['dir-aug-20', 'dir-correction']);
  });

  it('takes a directive without `effectiveAt` to be effective from its registration', () => {
    expect(effectiveAt(RELEASE)).toBe('1945-09-16T21:00:00.000Z');
  });
});

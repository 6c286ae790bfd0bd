import { describe, expect, it } from 'vitest';
import {
  addLinkage,
  aLinkage,
  aMandate,
  aStep,
  LONDON_1945,
  onRecord,
  ourMove,
  releaseTo,
  setLadder,
  theirMove,
} from '../testing/mandate-factories.js';
import { checkMove } from './check-move.js';
import { type Condition, ConditionSchema } from './mandate.js';
import type { Move } from './move.js';

const LADDER = [aStep('individual-trusteeship'), aStep('warship-calls'), aStep('joint-trusteeship')];

/** Tripolitania released to the end, every step held back until `condition` holds. */
function linkedTo(condition: Condition) {
  return aMandate(
    'tripolitania',
    [setLadder(LADDER)],
    [releaseTo('joint-trusteeship'), addLinkage(aLinkage('italy-first', condition))],
  );
}

const concession = ourMove({ type: 'concession', position: 'warship-calls' });
const theirAcceptance = (overrides: Partial<Move>) =>
  theirMove({ issue: 'italy-treaty', type: 'acceptance', ...overrides });
const verdictOf = (condition: Condition, record: Move[]) =>
  checkMove(
    linkedTo(condition),
    concession,
    LONDON_1945,
    record.map((move, i) => onRecord(`rep-${i + 1}`, move)),
  );

describe('linkages on the content of what was agreed', () => {
  // "They accept our claim of 100 M$ of Italian reparations": only an acceptance at 100 or more meets it.
  const claimAccepted: Condition = {
    type: 'their-move',
    issue: 'italy-treaty',
    terms: { atLeast: 100, unit: 'million-usd' },
  };

  it('is met by their acceptance at or within the value, not by one that falls short', () => {
    const short = theirAcceptance({ value: 60, unit: 'million-usd' });
    expect(verdictOf(claimAccepted, [short]).verdict).toBe('LINKAGE_UNMET');
    const met = theirAcceptance({ value: 100, unit: 'million-usd' });
    expect(verdictOf(claimAccepted, [short, met])).toMatchObject({
      verdict: 'WITHIN',
      cites: ['dir-1', 'dir-2', 'rep-2'],
    });
  });

  it('is not met by a move that names no value, or a value in another unit', () => {
    expect(verdictOf(claimAccepted, [theirAcceptance({})]).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(claimAccepted, [theirAcceptance({ value: 500, unit: 'million-gbp' })]).verdict).toBe(
      'LINKAGE_UNMET',
    );
  });

  it('holds an agreement to a ceiling: at the ceiling or below it', () => {
    const ceiling: Condition = { type: 'agreement', issue: 'italy-treaty', terms: { atMost: 100 } };
    const agreed = (value: number) => ourMove({ issue: 'italy-treaty', type: 'agreement', value });
    expect(verdictOf(ceiling, [agreed(120)]).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(ceiling, [agreed(100)]).verdict).toBe('WITHIN');
  });

  it('is met at a ladder position only by a move at that position', () => {
    const atPosition: Condition = {
      type: 'agreement',
      issue: 'japan-pact',
      terms: { position: 'four-power-pact' },
    };
    const agreedOn = (position: string) => theirMove({ issue: 'japan-pact', type: 'agreement', position });
    expect(verdictOf(atPosition, [agreedOn('bilateral-pact')]).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(atPosition, [agreedOn('four-power-pact')]).verdict).toBe('WITHIN');
  });

  it('explains what is still awaited, terms included', () => {
    expect(verdictOf(claimAccepted, []).explanation).toContain(
      'the other side moves on italy-treaty at 100 million-usd or more',
    );
  });

  it('refuses terms that name neither a position nor a bound, naming the field', () => {
    const parsed = ConditionSchema.safeParse({ type: 'agreement', issue: 'italy-treaty', terms: {} });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['terms']);
  });
});

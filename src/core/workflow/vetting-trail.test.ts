import { describe, expect, it } from 'vitest';
import { DEFAULT_PRECEDENCE_SCHEME, overdueAddressees } from './handling-target.js';
import type { ReviewPayload } from './vetting-payload.js';
import {
  applyEdits,
  editFault,
  type ReviewOnRecord,
  trackedChanges,
  vettingStatus,
} from './vetting-trail.js';

const DRAFT = 'We accept the procedure. France may sit on every council. China may too.';
const SENTENCE = ' France may sit on every council.';
const at = DRAFT.indexOf(SENTENCE);
const strike = { from: at, to: at + SENTENCE.length, original: SENTENCE, text: '', reason: 'No.' };

function aReview(reviewer: string, review: Partial<ReviewPayload>): ReviewOnRecord {
  return {
    cable: `review-${reviewer}`,
    reviewer,
    registeredAt: '1945-09-20T10:00:00.000Z',
    review: { type: 'review', draft: 'draft-1', verdict: 'no-objections', edits: [], ...review },
  };
}

describe('edits on a draft', () => {
  it('an edit whose original matches the text at its range fits it', () => {
    expect(DRAFT.slice(strike.from, strike.to)).toBe(strike.original);
    expect(editFault(DRAFT, strike)).toBeNull();
  });

  it('an edit whose range does not read its original is refused, naming the original', () => {
    expect(editFault(DRAFT, { ...strike, from: at - 1 })?.field).toBe('original');
    expect(editFault(DRAFT, { ...strike, to: DRAFT.length + 1 })?.field).toBe('to');
    expect(editFault(DRAFT, { ...strike, to: 3, from: 5 })?.field).toBe('to');
  });

  it('a struck sentence is gone from the text and shows as deleted in the tracked changes', () => {
    const after = applyEdits(DRAFT, [strike]);
    expect(after).toBe('We accept the procedure. China may too.');
    const changes = trackedChanges(DRAFT, after);
    expect(
      changes
        .filter((c) => c.change === 'deleted')
        .map((c) => c.text)
        .join(''),
    ).toContain('France');
    expect(changes.some((c) => c.change === 'inserted')).toBe(false);
  });

  it('two overlapping edits cannot both apply', () => {
    expect(() =>
      applyEdits(DRAFT, [strike, { ...strike, from: at + 1, original: SENTENCE.slice(1) }]),
    ).toThrow(RangeError);
  });
});

describe('the sign-off rule', () => {
  const reviewers = ['stalin', 'beria'];

  it('all: holds once every reviewer has signed off, edits counting once all are accepted', () => {
    const reviews = [aReview('stalin', { verdict: 'edits', edits: [strike] }), aReview('beria', {})];
    expect(vettingStatus(reviewers, { type: 'all' }, reviews, []).holds).toBe(false);
    const answers = [
      {
        cable: 'answers',
        registeredAt: '1945-09-20T11:00:00.000Z',
        answers: [{ review: 'review-stalin', edit: 0, decision: 'accepted' as const }],
      },
    ];
    const status = vettingStatus(reviewers, { type: 'all' }, reviews, answers);
    expect(status.holds).toBe(true);
    expect(status.accepted.map((edit) => edit.reason)).toEqual(['No.']);
  });

  it('any 1: one "no objections" is enough; a refusal never signs off', () => {
    expect(vettingStatus(reviewers, { type: 'any', count: 1 }, [aReview('beria', {})], []).holds).toBe(true);
    const refused = vettingStatus(
      reviewers,
      { type: 'any', count: 1 },
      [aReview('beria', { verdict: 'refused' })],
      [],
    );
    expect(refused.holds).toBe(false);
    expect(refused.reviewers).toEqual([
      { reviewer: 'stalin', state: 'pending', review: null },
      { reviewer: 'beria', state: 'refused', review: 'review-beria' },
    ]);
  });

  it('named: only the named reviewer signs it off', () => {
    const rule = { type: 'named' as const, reviewer: 'stalin' };
    expect(vettingStatus(reviewers, rule, [aReview('beria', {})], []).holds).toBe(false);
    expect(vettingStatus(reviewers, rule, [aReview('stalin', {})], []).holds).toBe(true);
  });
});

describe('handling targets', () => {
  const flash = { precedence: 'FLASH' as const, registeredAt: '1945-09-20T09:00:00.000Z' };

  it('a FLASH not acknowledged within its target is overdue, and only then', () => {
    const before = overdueAddressees(
      flash,
      ['molotov'],
      new Set(),
      DEFAULT_PRECEDENCE_SCHEME,
      '1945-09-20T09:09:59.000Z',
    );
    expect(before).toEqual([]);
    const after = overdueAddressees(
      flash,
      ['molotov', 'gusev'],
      new Set(['gusev']),
      DEFAULT_PRECEDENCE_SCHEME,
      '1945-09-20T09:10:00.000Z',
    );
    expect(after).toEqual(['molotov']);
  });

  it('a ROUTINE cable never escalates under the default scheme', () => {
    const routine = { ...flash, precedence: 'ROUTINE' as const };
    expect(
      overdueAddressees(
        routine,
        ['molotov'],
        new Set(),
        DEFAULT_PRECEDENCE_SCHEME,
        '1946-01-01T00:00:00.000Z',
      ),
    ).toEqual([]);
  });
});

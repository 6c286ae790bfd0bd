import { describe, expect, test } from 'vitest';
import {
  describeChange,
  describeCondition,
  describeLinkage,
  describePosition,
  describeRule,
  type Names,
} from './describe-mandate.js';

const names: Names = {
  issue: (id) => ({ balkans: 'the Balkans', 'japan-pact': 'the Japan pact' })[id] ?? id,
  party: (id) => ({ us: 'the United States', france: 'France' })[id] ?? id,
  step: (id) => ({ 'joint-trusteeship': 'Joint trusteeship' })[id] ?? id,
};

describe('mandates in words', () => {
  test('a numeric step shows its range, unit and direction', () => {
    const step = { id: 'ten', label: 'Ten', min: 10, max: 12, unit: 'billion-usd' };
    expect(describePosition({ ...step, direction: 'more-is-better' })).toBe(
      'Ten (10–12 billion-usd, more is better)',
    );
    expect(describePosition({ id: 'joint', label: 'Joint trusteeship' })).toBe('Joint trusteeship');
  });

  test('a linkage condition reads like the server’s explanation, bracketed where needed', () => {
    const condition = {
      type: 'all' as const,
      of: [
        {
          type: 'any' as const,
          of: [
            { type: 'their-move' as const, issue: 'balkans', party: 'us' },
            { type: 'agreement' as const, issue: 'japan-pact' },
          ],
        },
        { type: 'their-move' as const, issue: 'balkans' },
      ],
    };
    expect(describeCondition(condition, names)).toBe(
      '(the United States moves on the Balkans or agreement is reached on the Japan pact) and the other side moves on the Balkans',
    );
  });

  test('a condition on content says the terms it waits for', () => {
    const claim = { type: 'their-move' as const, issue: 'balkans', terms: { atLeast: 10, unit: 'bn' } };
    expect(describeCondition(claim, names)).toBe('the other side moves on the Balkans at 10 bn or more');
    const pact = { type: 'agreement' as const, issue: 'japan-pact', terms: { position: 'four-power-pact' } };
    expect(describeCondition(pact, names)).toBe(
      'agreement is reached on the Japan pact at ‘four-power-pact’',
    );
  });

  test('red lines say what they forbid', () => {
    expect(describeRule({ type: 'participation', party: 'france', issues: ['*'] }, names)).toBe(
      'France takes no part in any item',
    );
    expect(describeRule({ type: 'numeric-bound', bound: 10, unit: 'bn', direction: 'less-is-better' })).toBe(
      'never above 10 bn',
    );
    expect(describeRule({ type: 'decision-rule', forbids: ['majority', 'two-thirds'] })).toBe(
      'never decide by majority or two-thirds',
    );
  });

  test('a linkage with no positions holds back every move but a rejection', () => {
    const linkage = {
      id: 'l',
      description: 'd',
      condition: { type: 'agreement' as const, issue: 'balkans' },
    };
    expect(describeLinkage(linkage, names)).toBe(
      'holds back every move but a rejection until agreement is reached on the Balkans',
    );
  });

  test('changes read as the principal would say them', () => {
    expect(describeChange({ op: 'release-to', position: 'joint-trusteeship' }, names)).toBe(
      'Releases up to ‘Joint trusteeship’',
    );
    expect(describeChange({ op: 'withdraw-authority' })).toBe(
      'Withdraws all authority: not even the opening without asking',
    );
    expect(
      describeChange({
        op: 'set-ladder',
        ladder: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      }),
    ).toBe('Sets the ladder (2 steps); may move alone up to ‘a’');
  });
});

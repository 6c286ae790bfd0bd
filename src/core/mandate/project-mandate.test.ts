import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { aHistory, END, hour, ISSUE } from '../testing/mandate-arbitraries.js';
import {
  aDirective,
  aStep,
  releaseNext,
  setLadder,
  withdrawAuthority,
} from '../testing/mandate-factories.js';
import { type DirectiveRecord, effectiveAt, projectMandate } from './project-mandate.js';

const LADDER = [aStep('opening'), aStep('fallback'), aStep('last-ditch')];

describe('the mandate in force, with directives applied in the order they take effect', () => {
  it('lets a back-dated correction reach no further than the next directive that takes effect after it', () => {
    // The approval of the 27th is registered first; a correction effective on the 4th comes after it.
    const directives = [
      aDirective('dir-ladder', '1946-11-01T09:00:00Z', ISSUE, [setLadder(LADDER, 'fallback')]),
      aDirective('dir-approval', '1946-11-27T09:00:00Z', ISSUE, [releaseNext()]),
      aDirective('dir-correction', '1946-11-28T09:00:00Z', ISSUE, [withdrawAuthority('opening')], {
        effectiveAt: '1946-11-04T00:00:00Z',
      }),
    ];
    // From the 4th to the 27th, the correction holds: the delegation may take only the opening.
    expect(projectMandate(ISSUE, directives, '1946-11-10T00:00:00Z')).toMatchObject({
      authority: 0,
      authorityFrom: 'dir-correction',
    });
    // From the 27th on, the approval, which takes effect after the correction, holds.
    expect(projectMandate(ISSUE, directives, '1946-11-29T00:00:00Z')).toMatchObject({
      authority: 1,
      authorityFrom: 'dir-approval',
      directives: ['dir-ladder', 'dir-correction', 'dir-approval'],
    });
  });

  it('keeps registry order between directives that take effect at the same instant', () => {
    const at = '1946-11-05T00:00:00Z';
    const directives = [
      aDirective('dir-ladder', '1946-11-01T09:00:00Z', ISSUE, [setLadder(LADDER)]),
      aDirective('dir-first', '1946-11-06T09:00:00Z', ISSUE, [releaseNext()], { effectiveAt: at }),
      aDirective('dir-second', '1946-11-07T09:00:00Z', ISSUE, [releaseNext()], { effectiveAt: at }),
    ];
    expect(projectMandate(ISSUE, directives, at)).toMatchObject({
      authority: 2,
      authorityFrom: 'dir-second',
    });
  });

  it('gives the same mandate whatever order directives with distinct effective times were registered in', () => {
    const permuted = aHistory.chain((history) =>
      fc
        .array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: history.length,
          maxLength: history.length,
        })
        .map((keys) => ({
          history,
          shuffled: history
            .map((directive, i) => ({ directive, key: keys[i]! }))
            .sort((a, b) => a.key - b.key)
            .map(({ directive }) => directive),
        })),
    );
    let compared = 0;
    fc.assert(
      fc.property(permuted, ({ history, shuffled }) => {
        const times = history.map((directive) => Date.parse(effectiveAt(directive)));
        fc.pre(new Set(times).size === times.length);
        for (const at of [...history.map(effectiveAt), hour(7), END]) {
          expect(projectionAt(shuffled, at)).toEqual(projectionAt(history, at));
        }
        compared += 1;
      }),
      { numRuns: 200, seed: 1946 },
    );
    expect(compared).toBeGreaterThan(50);
  });
});

function projectionAt(directives: readonly DirectiveRecord[], at: string) {
  try {
    return projectMandate(ISSUE, directives, at);
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

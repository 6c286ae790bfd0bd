import { describe, expect, it } from 'vitest';
import { runDifferentialProof } from './differential/run-differential-proof.js';

/**
 * The differential proof (issue 12, PRODUCT.md §Non-negotiables: nothing a
 * reader observes changes because cables they may not read exist), over six
 * generated worlds; `tests/security/differential/run-differential-proof.ts` says how.
 */

const WORLDS = 6;
const MIN_COMPARISONS = 1_000;

describe('the differential proof', () => {
  it('shows P the same answers, byte for byte, whether or not cables P may not read exist', async () => {
    const comparisons = await runDifferentialProof({ worlds: WORLDS });
    console.log('differential comparisons:', comparisons);
    expect(comparisons).toBeGreaterThanOrEqual(MIN_COMPARISONS);
  }, 300_000);
});

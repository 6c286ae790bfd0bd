import { describe, expect, it } from 'vitest';
import type { Cable } from '../../core/index.js';
import { RegistryOrder } from './registry-order.js';

const at = (seq: number) => ({ seq }) as Cable;
/** A lookup that takes longer the earlier the cable, as concurrent lookups would finish out of order. */
const slowerForEarlier = (seq: number) => () =>
  new Promise<Cable>((resolve) => setTimeout(() => resolve(at(seq)), (10 - seq) * 5));

describe('pushing cables in registry order', () => {
  it('pushes cables announced out of order in the order of the registry', async () => {
    const pushed: number[] = [];
    const order = new RegistryOrder(
      1,
      (cable) => pushed.push(cable.seq),
      () => {},
    );
    for (const seq of [3, 1, 5, 2, 4]) order.add(seq, slowerForEarlier(seq));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pushed).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips a position never announced after waiting for it, and pushes what follows in order', async () => {
    const pushed: number[] = [];
    const order = new RegistryOrder(
      1,
      (cable) => pushed.push(cable.seq),
      () => {},
    );
    for (const seq of [4, 1, 3]) order.add(seq, async () => at(seq));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pushed).toEqual([1]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(pushed).toEqual([1, 3, 4]);
  });
});

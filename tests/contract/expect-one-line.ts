import { expect } from 'vitest';
import { type Cable, GENESIS_HASH } from '../../src/core/index.js';
import type { Services } from '../../src/services/services.js';

/** Every cable of the registry, in chain order. */
export async function allCables(services: Services): Promise<Cable[]> {
  const cables: Cable[] = [];
  for await (const batch of services.store.registry.scan(500)) {
    for (const scanned of batch) if (scanned.cable) cables.push(scanned.cable);
  }
  return cables;
}

/**
 * The registry is one unbroken line: positions 1…n without a gap, each cable
 * chained to the one before, and in each series the numbers 1…k without a gap
 * in chain order (PRODUCT.md §Registry).
 */
export function expectOneGapFreeLine(cables: Cable[]): void {
  expect(cables.map((cable) => cable.seq)).toEqual(cables.map((_, i) => i + 1));
  for (const [i, cable] of cables.entries()) {
    expect(cable.prevHash).toBe(i === 0 ? GENESIS_HASH : cables[i - 1]!.hash);
  }
  const bySeries = new Map<string, Cable[]>();
  for (const cable of cables) bySeries.set(cable.series, [...(bySeries.get(cable.series) ?? []), cable]);
  for (const [series, inSeries] of bySeries) {
    expect(inSeries.map((cable) => cable.seriesSeq)).toEqual(inSeries.map((_, i) => i + 1));
    for (const cable of inSeries) {
      expect(cable.number).toMatch(new RegExp(`^${series}\\W0*${cable.seriesSeq}$`));
    }
  }
}

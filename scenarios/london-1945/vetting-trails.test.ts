import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VettedPayload } from '../../src/core/index.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { viewVetting } from '../../src/services/workflow/view-vetting.js';
import { openTestServices, type TestServices } from '../../tests/support/open-test-services.js';
import { SLOW } from '../../tests/support/timeouts.js';
import { replayVettingTrails } from './vetting-trails.js';

let registry: TestServices;
let finals: Awaited<ReturnType<typeof replayVettingTrails>>;

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  finals = await replayVettingTrails(registry.services);
}, SLOW);
afterAll(() => registry?.cleanup());

describe("the London example's vetting", { timeout: SLOW }, () => {
  it("Stalin's struck sentence is gone from the statement, with his reason on record", async () => {
    const final = (await registry.services.store.registry.readable('molotov', finals.statement))!.cable;
    expect(final.body).not.toContain('France and China');
    const { draft } = final.payload as unknown as VettedPayload;
    const view = await viewVetting(registry.services, 'molotov', draft);
    expect(view.reviews[0]?.edits[0]).toMatchObject({
      decision: 'accepted',
      reason: expect.stringContaining('Berlin'),
    });
    expect(view.changes.some((c) => c.change === 'deleted' && c.text.includes('France'))).toBe(true);
  });

  it('the Four have no objections to the answer on Japan, and the joint reply carries three signatures that verify', async () => {
    const japan = (await registry.services.store.registry.readable('stalin', finals.japan))!.cable;
    expect((japan.payload as unknown as VettedPayload).trail).toHaveLength(4);
    const joint = (await registry.services.store.registry.readable('stalin', finals.joint))!.cable;
    const { signatures } = joint.payload as unknown as VettedPayload;
    expect(signatures?.map((s) => s.signatory)).toEqual(['beria', 'malenkov', 'mikoyan']);
    expect((await verifyRegistry(registry.services, () => {}, { workers: 0 })).fault).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VettedPayload } from '../../src/core/index.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import type { Services } from '../../src/services/services.js';
import { acknowledgeCable } from '../../src/services/workflow/acknowledge-cable.js';
import { fireEscalations } from '../../src/services/workflow/fire-escalations.js';
import { recordReading } from '../../src/services/workflow/record-reading.js';
import { registerFinalText } from '../../src/services/workflow/register-final-text.js';
import { reviewDraft } from '../../src/services/workflow/review-draft.js';
import { vetDraft } from '../../src/services/workflow/vet-draft.js';
import { aCable } from '../support/a-cable.js';
import type { TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';
import { DIALECTS, titleOf } from './dialects.js';

/** Issue 14's records on both stores: a joint cable, an acknowledgement, an escalation once, a reading. */
for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skipped !== null)(
    `the workflow store on ${titleOf(dialect)}`,
    { timeout: SLOW },
    () => {
      let registry: TestServices;
      let services: Services;
      let now = '2027-12-01T09:00:00.000Z';
      beforeAll(async () => {
        registry = await dialect.open();
        services = { ...registry.services, now: () => now };
      }, SLOW);
      afterAll(() => registry?.cleanup());

      it('records each once and finds the joint cable for verify', async () => {
        const draft = await vetDraft(services, 'molotov', {
          reviewers: ['stalin', 'beria'],
          joint: true,
          classification: 'SECRET',
          subject: 'A joint reply',
          body: 'We have no objections.',
        });
        for (const who of ['stalin', 'beria'])
          await reviewDraft(services, who, draft.id, { verdict: 'no-objections' });
        const joint = await registerFinalText(services, 'molotov', draft.id, {
          to: ['stalin'],
          kind: 'reply',
        });
        expect((joint.payload as unknown as VettedPayload).signatures).toHaveLength(2);
        expect((await services.store.workflow.jointCables()).map((c) => c.id)).toEqual([joint.id]);

        const flash = await registerCable(
          services,
          'molotov',
          aCable({ to: ['stalin', 'beria'], precedence: 'FLASH', captions: ['READ-OUT'] }),
        );
        await acknowledgeCable(services, 'stalin', flash.id);
        await acknowledgeCable(services, 'stalin', flash.id);
        await recordReading(services, 'stalin', flash.id, { to: 'beria' });
        now = '2027-12-01T09:20:00.000Z';
        expect(await fireEscalations(services)).toBe(1);
        expect(await fireEscalations(services)).toBe(0);
        const all = await services.store.workflow.all();
        expect(all.acknowledgements).toHaveLength(1);
        expect(all.escalations).toEqual([
          expect.objectContaining({ addressee: 'beria', recipient: 'molotov' }),
        ]);
        expect(all.readings).toEqual([expect.objectContaining({ readBy: 'stalin', readTo: 'beria' })]);
        expect((await verifyRegistry(services, () => {}, { workers: 0 })).fault).toBeNull();
      });

      it('finds the cables delivered to a person that they have not acknowledged, newest first', async () => {
        const first = await registerCable(services, 'molotov', aCable({ to: ['gusev'], subject: 'First' }));
        const second = await registerCable(services, 'molotov', aCable({ to: ['gusev'], subject: 'Second' }));
        const own = await registerCable(services, 'gusev', aCable({ to: ['molotov'], subject: 'Own' }));
        const waiting = async () =>
          (await services.store.workflow.unacknowledgedBy('gusev')).map((cable) => cable.id);
        expect(await waiting()).toEqual([second.id, first.id]);
        await acknowledgeCable(services, 'gusev', second.id);
        expect(await waiting()).toEqual([first.id]);
        const [row] = await services.store.workflow.unacknowledgedBy('gusev');
        expect(row).toMatchObject({ seq: first.seq, to: ['gusev'], author: 'molotov', captions: [] });
        expect(await waiting()).not.toContain(own.id);
      });
    },
  );
}

/**
 * Issue 11's property of deadline alerts: whatever the clock's ticks, and
 * however often the process is stopped dead and started again (its memory
 * lost, the registry file kept) or joined by a second process on the same
 * registry, each alert of a deadline is recorded exactly once, and exactly
 * those whose time came while the deadline was open (the lapse once it passed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Deadline, firingsOf, shiftBy } from '../../core/index.js';
import { registerCable } from '../cables/register-cable.js';
import { openServices } from '../open-services.js';
import type { Services } from '../services.js';
import { fireDeadlineAlerts } from './fire-deadline-alerts.js';

const SET = '1945-10-12T20:00:00.000Z';
const hours = (n: number) => shiftBy(SET, { minutes: Math.round(n * 60) });

const aRun = fc.record({
  dueInHours: fc.integer({ min: 2, max: 200 }),
  leads: fc.uniqueArray(fc.integer({ min: 1, max: 240 }), { maxLength: 3 }),
  /** Each step: the hour the clock shows, whether the process is killed before it, and whether a second one fires too. */
  steps: fc.array(
    fc.record({ at: fc.integer({ min: 0, max: 260 }), restart: fc.boolean(), second: fc.boolean() }),
    { minLength: 1, maxLength: 8 },
  ),
});

describe('deadline alerts across restarts', () => {
  it('records each alert exactly once, and only those whose time came while it was open', {
    timeout: 10 * SLOW,
  }, async () => {
    const registry = await openTestServices('london-1945');
    const { db, keyFile } = registry;
    await registry.services.store.close();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(aRun, async ({ dueInHours, leads, steps }) => {
          run += 1;
          const deadline: Deadline = {
            id: `deadline-${run}`,
            description: 'A reply within the window',
            due: { type: 'at', at: hours(dueInHours) },
            meets: { type: 'reply' },
            actors: ['molotov'],
            warn: leads.map((lead) => ({ hours: lead })),
          };
          let process = await openServices(db, keyFile);
          const at = (services: Services, now: string): Services => ({ ...services, now: () => now });
          const cable = await registerCable(at(process, SET), 'stalin', {
            to: ['molotov'],
            precedence: 'ROUTINE',
            classification: 'SECRET',
            kind: 'query',
            subject: 'An answer within the window',
            body: 'Please answer in time.',
            conference: 'london-1945',
            payload: { type: 'deadlines', conference: 'london-1945', deadlines: [deadline] },
          });
          const ticks = [...steps].sort((a, b) => a.at - b.at);
          for (const step of ticks) {
            const now = hours(step.at);
            if (step.restart) {
              await process.store.close();
              process = await openServices(db, keyFile);
            }
            const second = step.second ? await openServices(db, keyFile) : null;
            await Promise.all([
              fireDeadlineAlerts(at(process, now)),
              ...(second ? [fireDeadlineAlerts(at(second, now))] : []),
            ]);
            await second?.store.close();
          }
          const recorded = (await process.store.deadlines.alertsAfter(0))
            .filter((alert) => alert.cableSeq === cable.seq)
            .map((alert) => alert.firing);
          await process.store.close();

          const due = Date.parse(hours(dueInHours));
          const expected = firingsOf(deadline, hours(dueInHours), cable.registeredAt)
            .filter((firing) =>
              firing.key === 'lapse'
                ? ticks.some((tick) => Date.parse(hours(tick.at)) >= due)
                : ticks.some((tick) => {
                    const instant = Date.parse(hours(tick.at));
                    return instant >= Date.parse(firing.at) && instant < due;
                  }),
            )
            .map((firing) => firing.key);
          expect(recorded.sort()).toEqual(expected.sort());
        }),
        { numRuns: 25, seed: 1946 },
      );
    } finally {
      await registry.cleanup().catch(() => {});
    }
  });
});

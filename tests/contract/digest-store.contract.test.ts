import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCable } from '../../src/services/cables/register-cable.js';
import type { Services } from '../../src/services/services.js';
import { aCable } from '../support/a-cable.js';
import type { TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';
import { DIALECTS, titleOf } from './dialects.js';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skipped !== null)(
    `the digest store on ${titleOf(dialect)}`,
    { timeout: SLOW },
    () => {
      let registry: TestServices;
      let services: Services;
      beforeAll(async () => {
        registry = await dialect.open();
        services = registry.services;
      }, SLOW);
      afterAll(() => registry?.cleanup());

      it('gives a reader the arrivals of a window they may read, and nothing else', async () => {
        const before = new Date(Date.now() - 1000).toISOString();
        const mine = await registerCable(
          services,
          'stalin',
          aCable({ to: ['molotov'], subject: 'For Molotov' }),
        );
        await registerCable(services, 'stalin', aCable({ to: ['beria'], subject: 'For Beria' }));
        const until = new Date(Date.now() + 1000).toISOString();
        const arrivals = await services.store.digests.arrivals('molotov', before, until);
        expect(arrivals.map((arrival) => arrival.id)).toEqual([mine.id]);
        const receipts = await services.store.digests.receipts(mine.seq);
        expect([...receipts.keys()]).toEqual(['molotov', 'stalin']);
        expect(receipts.get('molotov')).toBeNull();
      });

      it('claims a digest once per reader and day, and takes over a stale claim', async () => {
        const { digests } = services.store;
        const claims = await Promise.all([
          digests.claimDigest(
            'molotov',
            '1946-03-01',
            '1946-03-01T05:00:00.000Z',
            '1946-03-01T04:50:00.000Z',
          ),
          digests.claimDigest(
            'molotov',
            '1946-03-01',
            '1946-03-01T05:00:00.000Z',
            '1946-03-01T04:50:00.000Z',
          ),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(
          await digests.claimDigest(
            'molotov',
            '1946-03-01',
            '1946-03-01T05:20:00.000Z',
            '1946-03-01T05:10:00.000Z',
          ),
        ).toBe(true);
        await digests.completeDigest('molotov', '1946-03-01', 'a-cable');
        expect(
          await digests.claimDigest(
            'molotov',
            '1946-03-01',
            '1946-03-01T06:00:00.000Z',
            '1946-03-01T05:50:00.000Z',
          ),
        ).toBe(false);
      });

      it('keeps schedules and e-mail choices per person', async () => {
        const { digests } = services.store;
        await digests.setSchedule({ personId: 'molotov', hour: 8, timeZone: 'Europe/Moscow', enabled: true });
        await digests.setSchedule({
          personId: 'molotov',
          hour: 9,
          timeZone: 'Europe/Moscow',
          enabled: false,
        });
        expect(await digests.schedules()).toEqual([
          { personId: 'molotov', hour: 9, timeZone: 'Europe/Moscow', enabled: false },
        ]);
        await digests.setEmailChoice('gusev', { address: 'gusev@embassy.example', events: ['flash'] });
        expect(await digests.emailChoice('gusev')).toEqual({
          address: 'gusev@embassy.example',
          events: ['flash'],
        });
        await digests.setEmailChoice('gusev', null);
        expect(await digests.emailChoices()).toEqual([]);
      });
    },
  );
}

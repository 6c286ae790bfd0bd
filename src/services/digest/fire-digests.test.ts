import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { openServices } from '../open-services.js';
import type { Services } from '../services.js';
import { setDigestSchedule } from './digest-schedule.js';
import { fireDigests } from './fire-digests.js';

describe('the daily digest', { timeout: SLOW }, () => {
  let registry: TestServices;
  let services: Services;
  let now = '';
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
    services = { ...registry.services, now: () => now };
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const digestsOf = async (reader: string) =>
    (await services.store.digests.digestClaims(reader)).map(({ day, cableId }) => [day, cableId !== null]);

  it('goes out at the hour its reader chose in their own time zone, once a day across restarts', async () => {
    // Eight in the morning in Moscow is five in London (UTC+3 in March 1946).
    now = '1946-03-01T04:00:00.000Z';
    await setDigestSchedule(services, 'molotov', { hour: 8, timeZone: 'Europe/Moscow' });
    expect(await fireDigests(services)).toEqual([]);
    now = '1946-03-01T05:00:00.000Z';
    expect(await fireDigests(services)).toEqual(['molotov']);
    expect(await fireDigests(services)).toEqual([]);
    const restarted = await openServices(registry.db, registry.keyFile);
    try {
      expect(await fireDigests({ ...restarted, now: () => '1946-03-01T20:59:00.000Z' })).toEqual([]);
      expect(await fireDigests({ ...restarted, now: () => '1946-03-02T05:00:00.000Z' })).toEqual(['molotov']);
    } finally {
      await restarted.store.close();
    }
    expect(await digestsOf('molotov')).toEqual([
      ['1946-03-01', true],
      ['1946-03-02', true],
    ]);
  });

  it('goes out once when two processes on one registry fire it together', async () => {
    now = '1946-03-01T12:00:00.000Z';
    await setDigestSchedule(services, 'stalin', { hour: 9, timeZone: 'Europe/Moscow' });
    const other = await openServices(registry.db, registry.keyFile);
    try {
      const fired = await Promise.all([fireDigests(services), fireDigests({ ...other, now: () => now })]);
      expect(fired.flat()).toEqual(['stalin']);
    } finally {
      await other.store.close();
    }
    const box = await services.store.registry.inbox('stalin', {
      box: 'in',
      kind: 'digest',
      limit: 50,
      offset: 0,
    });
    expect(box.cables.filter(({ cable }) => cable.author === 'registry')).toHaveLength(1);
  });

  it('refuses an hour or a time zone that is not one, naming the field, and changes nothing', async () => {
    await expect(setDigestSchedule(services, 'molotov', { hour: 24, timeZone: 'UTC' })).rejects.toMatchObject(
      {
        field: 'hour',
      },
    );
    await expect(
      setDigestSchedule(services, 'molotov', { hour: 8, timeZone: 'Mars/Olympus' }),
    ).rejects.toMatchObject({ field: 'timeZone' });
    expect(await services.store.digests.schedule('molotov')).toBeNull();
  });
});

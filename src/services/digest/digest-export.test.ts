import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { exportRegistry } from '../archive/export-registry.js';
import { importRegistry } from '../archive/import-registry.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import type { Services } from '../services.js';
import { setDigestSchedule } from './digest-schedule.js';
import { setEmailChoice } from './email-choice.js';
import { fireDigests } from './fire-digests.js';

async function exportLines(services: Services): Promise<string[]> {
  const lines: string[] = [];
  for await (const record of exportRegistry(services, 'poskrebyshev')) lines.push(JSON.stringify(record));
  return lines;
}

describe('digest data in a registry export', { timeout: SLOW }, () => {
  const opened: TestServices[] = [];
  afterEach(async () => {
    for (const registry of opened.splice(0)) await registry.cleanup();
  });

  it('travels with it: schedules, the digests given, e-mail choices; none goes out twice after an import', async () => {
    const source = await openTestServices('london-1945');
    opened.push(source);
    const services = { ...source.services, now: () => '1946-03-01T06:00:00.000Z' };
    await setDigestSchedule(services, 'molotov', { hour: 8, timeZone: 'Europe/Moscow' });
    await setEmailChoice(services, 'gusev', {
      address: 'gusev@embassy.example',
      events: ['flash', 'immediate'],
    });
    expect(await fireDigests(services)).toEqual(['molotov']);

    const target = await openTestServices('empty', { keyFile: source.keyFile });
    opened.push(target);
    async function* lines() {
      yield* await exportLines(services);
    }
    await importRegistry(target.services, lines());
    const { digests } = target.services.store;
    expect(await digests.schedules()).toEqual(await services.store.digests.schedules());
    expect(await digests.digestClaims()).toEqual(await services.store.digests.digestClaims());
    expect(await digests.emailChoices()).toEqual([
      { personId: 'gusev', address: 'gusev@embassy.example', events: ['flash', 'immediate'] },
    ]);
    expect(await fireDigests({ ...target.services, now: services.now })).toEqual([]);
    expect((await verifyRegistry(target.services)).fault).toBeNull();
  });

  it('fails verify when a digest given names a cable that is not that reader’s digest of the day', async () => {
    const source = await openTestServices('london-1945');
    opened.push(source);
    const services = { ...source.services, now: () => '1946-03-01T06:00:00.000Z' };
    await setDigestSchedule(services, 'molotov', { hour: 8, timeZone: 'Europe/Moscow' });
    await fireDigests(services);
    const [claim] = await services.store.digests.digestClaims('molotov');
    await services.store.digests.completeDigest(
      'molotov',
      claim!.day,
      (await services.store.registry.atSeq(3))!.id,
    );
    expect((await verifyRegistry(services)).fault).toMatchObject({ fault: 'projection-mismatch' });
  });
});

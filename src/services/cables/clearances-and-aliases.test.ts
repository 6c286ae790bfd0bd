import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../tests/support/registry-state.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { DomainError } from '../../core/index.js';
import { OPERATOR } from '../organisation/authority.js';
import { recordSetup } from '../organisation/record-setup.js';
import type { Services } from '../services.js';
import { readCable } from './read-cable.js';
import { registerCable } from './register-cable.js';

/**
 * Issue 10, "Clearances and aliases": a clearance held over time decides who
 * may be addressed and who, of a group, reads; a cipher alias is a name a
 * cable can be addressed to, and the cable keeps that name.
 */
describe('clearances and cipher aliases', { timeout: SLOW }, () => {
  let registry: TestServices;
  let services: Services;
  let clock = Date.now();
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    services = { ...registry.services, now: () => new Date(clock).toISOString() };
    clock += 60_000;
    // Gromyko, in Washington, is lowered to SECRET from now on; Stalin signs as Druzhkov.
    await recordSetup(services, OPERATOR, [
      { op: 'person.clearance', id: 'gromyko', level: 'SECRET', from: services.now() },
      { op: 'person.alias', id: 'stalin', alias: 'druzhkov' },
    ]);
    clock += 60_000;
  }, SLOW);
  afterAll(() => registry?.cleanup());

  async function refusal(author: string, draft: ReturnType<typeof aCable>) {
    const before = await registryStateOf(services);
    const error = await registerCable(services, author, draft).then(
      () => null,
      (e: unknown) => e,
    );
    expect(await registryStateOf(services)).toEqual(before);
    return error instanceof DomainError
      ? { code: error.code, field: error.field, message: error.message }
      : error;
  }

  it('refuses a cable classified above an addressee’s clearance, naming the addressee’s field, and registers nothing', async () => {
    const refused = await refusal(
      'stalin',
      aCable({ to: ['molotov'], info: ['gromyko'], classification: 'TOP SECRET' }),
    );
    expect(refused).toMatchObject({ code: 'invalid-input', field: 'info[0]' });
    expect((refused as { message: string }).message).toContain("'gromyko' is not cleared for TOP SECRET");
  });

  it('still lets the same addressee read at the level he holds', async () => {
    const cable = await registerCable(
      services,
      'stalin',
      aCable({ to: ['gromyko'], classification: 'SECRET' }),
    );
    expect(cable.readers).toContain('gromyko');
    expect(cable.notCleared).toBeUndefined();
  });

  it('leaves a group’s uncleared member out of its readers and tells the author who', async () => {
    const cable = await registerCable(
      services,
      'stalin',
      aCable({ to: ['missions'], classification: 'TOP SECRET' }),
    );
    expect(cable.readers).toContain('gusev');
    expect(cable.readers).not.toContain('gromyko');
    expect(cable.notCleared).toEqual(['gromyko']);
    await expect(readCable(services, 'gromyko', cable.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('delivers a cable addressed to a cipher alias to its person, and shows it addressed to the alias', async () => {
    const cable = await registerCable(
      services,
      'molotov',
      aCable({ to: ['druzhkov'], classification: 'SECRET' }),
    );
    expect(cable.readers).toContain('stalin');
    expect(cable.to).toEqual(['druzhkov']);
    const read = await readCable(services, 'stalin', cable.id);
    expect(read.delivered.cable.to).toEqual(['druzhkov']);
  });

  it('refuses an alias that is already a person’s or a group’s name, naming the field', async () => {
    for (const alias of ['molotov', 'three', 'druzhkov']) {
      await expect(
        recordSetup(services, OPERATOR, [{ op: 'person.alias', id: 'beria', alias }]),
      ).rejects.toMatchObject({ field: 'changes[0].alias' });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../../tests/support/registry-state.js';
import { SLOW } from '../../../../tests/support/timeouts.js';
import { type Cable, PUBLIC_READER } from '../../../core/index.js';
import { sha256Hex } from '../../keyring.js';
import { OPERATOR } from '../../organisation/authority.js';
import { recordSetup } from '../../organisation/record-setup.js';
import { readReleased } from './read-released.js';
import { recordRelease } from './record-release.js';
import { withdrawRelease } from './withdraw-release.js';

describe('a release widens who may read a cable, with redactions (issue 15)', { timeout: SLOW }, () => {
  let registry: TestServices;
  let secret: Cable;
  const archivist = { archivist: 'poskrebyshev' };
  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    const { services } = registry;
    await recordSetup(services, OPERATOR, [{ op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] }]);
    for await (const batch of services.store.registry.scan(1000))
      for (const scanned of batch)
        if (
          !secret &&
          scanned.cable &&
          scanned.cable.kind !== 'setup' &&
          !scanned.cable.readers.includes('gromyko')
        )
          secret = scanned.cable;
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const refusal = async (authority: { archivist: string }, input: unknown) => {
    const before = await registryStateOf(registry.services);
    const outcome = await recordRelease(registry.services, authority, input).then(
      () => 'registered',
      (error: { code?: string; field?: string }) => error.field ?? error.code,
    );
    expect(await registryStateOf(registry.services)).toEqual(before);
    return outcome;
  };

  it('is refused to someone who is not an archivist, and nothing is registered', async () => {
    const input = {
      scope: { cables: [secret.number] },
      audience: { people: ['gromyko'] },
      from: '1949-01-01',
    };
    expect(await refusal({ archivist: 'molotov' }, input)).toBe('forbidden');
  });

  it('refuses a redaction outside the text, naming the field', async () => {
    const input = {
      scope: { cables: [secret.number] },
      audience: { people: ['gromyko'] },
      from: '1949-01-01',
      redactions: [{ cable: secret.number, start: 0, end: secret.body.length + 5, reason: 'too long' }],
    };
    expect(await refusal(archivist, input)).toBe('redactions[0].end');
  });

  it('refuses an unknown reader, naming the field', async () => {
    const input = {
      scope: { cables: [secret.number] },
      audience: { people: ['nobody'] },
      from: '1949-01-01',
    };
    expect(await refusal(archivist, input)).toBe('audience.people[0]');
  });

  it('lets the new reader read the cable with the struck passage a marked gap, and no one else', async () => {
    const { services } = registry;
    const passage = secret.body.split(/\s+/).slice(0, 3).join(' ');
    const { entry, redactions } = await recordRelease(services, archivist, {
      scope: { cables: [secret.number] },
      audience: { people: ['gromyko'] },
      from: '1949-01-01',
      redactions: [{ cable: secret.number, passage, reason: 'names an informant' }],
    });
    expect(redactions[0]!.hash).toBe(sha256Hex(passage));
    // The entry is numbered in a registry series of its own audience, which no ordinary reader is in.
    expect(entry.series).toMatch(/^REG\/[0-9A-Z]{6}$/);
    expect(entry.readers).toContain('poskrebyshev');
    expect(entry.readers).not.toContain('gromyko');
    const view = await readReleased(services, 'gromyko', secret.number);
    expect(view.cable.body).not.toContain(passage);
    expect(view.cable.body).toContain('[…] [struck: names an informant]');
    expect(view.parts[0]).toEqual({ gap: { reason: 'names an informant' } });
    await expect(readReleased(services, null, secret.number)).rejects.toMatchObject({ code: 'not-found' });
    await expect(readReleased(services, 'pavlov', secret.number)).rejects.toMatchObject({
      code: 'not-found',
    });
    // Readers are never widened another way: the original access index is untouched.
    expect(await services.store.registry.readable('gromyko', secret.number)).toBeNull();
  });

  it('takes effect from its date, not before', async () => {
    const { services } = registry;
    const later = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await recordRelease(services, archivist, {
      scope: { cables: [secret.number] },
      audience: { public: true },
      from: later,
    });
    await expect(readReleased(services, null, secret.number)).rejects.toMatchObject({ code: 'not-found' });
    const grants = (await services.store.releases.rows()).grants.filter((g) => g.reader === PUBLIC_READER);
    expect(grants).toHaveLength(1);
  });

  it('is withdrawn only by another entry, after which the new reader no longer reads the cable', async () => {
    const { services } = registry;
    const { entry } = await recordRelease(services, archivist, {
      scope: { cables: [secret.number] },
      audience: { people: ['pavlov'] },
      from: '1950-01-01',
    });
    expect((await readReleased(services, 'pavlov', secret.number)).cable.number).toBe(secret.number);
    const withdrawal = await withdrawRelease(services, archivist, entry.number, {
      from: '1951-01-01',
      reason: 'released in error',
    });
    expect(withdrawal.entry.kind).toBe('release');
    await expect(readReleased(services, 'pavlov', secret.number)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      withdrawRelease(services, archivist, entry.number, { from: '1952-01-01', reason: 'again' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});

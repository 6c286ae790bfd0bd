import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import type { Cable } from '../../core/index.js';
import { OPERATOR } from '../organisation/authority.js';
import { recordSetup } from '../organisation/record-setup.js';
import { registerCable } from './register-cable.js';
import { searchCables } from './search-cables.js';

const READERS = ['stalin', 'molotov', 'beria', 'malenkov', 'mikoyan', 'gromyko', 'gusev', 'vyshinsky'];
/** A word no cable of the example holds, so every hit is one of this test's cables. */
const WORD = 'quagmire';

/**
 * Search checks its matches against each reader's readable set, a bitmap kept
 * between searches and extended as cables register. It must hold exactly the
 * cables the reader may read, however the registry and the groups have moved
 * since it was built.
 */
describe('a reader’s readable set as cables register and groups change', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const readableBy = async (reader: string) => {
    const ids: string[] = [];
    for await (const batch of registry.services.store.registry.scan(100))
      for (const { cable } of batch)
        if (cable?.readers.includes(reader) && cable.body.includes(WORD)) ids.push(cable.id);
    return ids.sort();
  };
  const expectEveryReaderExact = async () => {
    for (const reader of READERS) {
      const found = await searchCables(registry.services, reader, { q: WORD, limit: 200 });
      const expected = await readableBy(reader);
      expect({ reader, ids: found.hits.map((hit) => hit.cable.id).sort() }).toEqual({
        reader,
        ids: expected,
      });
      expect(found.total).toBe(expected.length);
    }
  };
  const send = (author: string, fields: Parameters<typeof aCable>[0]): Promise<Cable> =>
    registerCable(registry.services, author, aCable({ body: `A ${WORD} over the treaty.`, ...fields }));

  it('shows each reader exactly their cables, before and after each registration and membership change', async () => {
    // Every reader's set is built here, on a registry with none of the word yet.
    await expectEveryReaderExact();
    await send('stalin', { to: ['four'] });
    await send('stalin', { to: ['three'], exclude: ['mikoyan'] });
    await expectEveryReaderExact();
    // Mikoyan leaves the Three and Gromyko joins the Four: later cables reach the group as it now is.
    await recordSetup(registry.services, OPERATOR, [
      { op: 'membership.end', group: 'three', person: 'mikoyan' },
      { op: 'membership.start', group: 'four', person: 'gromyko' },
    ]);
    await send('stalin', { to: ['three'] });
    await send('stalin', { to: ['four'], exclude: ['beria'] });
    await expectEveryReaderExact();
    await send('molotov', { to: ['stalin'] });
    await send('stalin', { to: ['molotov'], info: ['vyshinsky'] });
    await expectEveryReaderExact();
  });
});

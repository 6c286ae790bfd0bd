import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../../tests/support/open-test-services.js';
import { SLOW } from '../../../../tests/support/timeouts.js';
import { OPERATOR } from '../../organisation/authority.js';
import { recordSetup } from '../../organisation/record-setup.js';
import { exportRegistry } from '../export-registry.js';
import { importRegistry } from '../import-registry.js';
import { readReleased } from './read-released.js';
import { recordRelease } from './record-release.js';

describe('an export carries the releases, and its import rebuilds them (issue 15)', { timeout: SLOW }, () => {
  let source: TestServices;
  let target: TestServices;
  beforeAll(async () => {
    source = await openTestServices('london-1945');
    target = await openTestServices('empty', { keyFile: source.keyFile });
  }, SLOW);
  afterAll(async () => {
    await source?.cleanup();
    await target?.cleanup();
  });

  it('gives the public the same released, redacted cable after the round trip', async () => {
    await recordSetup(source.services, OPERATOR, [
      { op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] },
    ]);
    const { entry } = await recordRelease(
      source.services,
      { archivist: 'poskrebyshev' },
      {
        scope: { series: 'TOLON' },
        audience: { public: true },
        from: '1990-01-01',
        redactions: [],
      },
    );
    const released = (await source.services.store.releases.rows()).grants[0]!;
    const cable = await source.services.store.registry.atSeq(released.cableSeq);
    const lines: string[] = [];
    for await (const record of exportRegistry(source.services, 'poskrebyshev'))
      lines.push(JSON.stringify(record));
    await importRegistry(
      target.services,
      (async function* () {
        yield* lines;
      })(),
    );
    expect(await target.services.store.releases.rows()).toEqual(await source.services.store.releases.rows());
    const view = await readReleased(target.services, null, cable!.number);
    expect(view.cable.body).toBe(cable!.body);
    expect((await target.services.store.registry.atSeq(entry.seq))?.kind).toBe('release');
  });
});

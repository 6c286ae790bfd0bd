import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRelease } from '../../src/services/archive/release/record-release.js';
import { withdrawRelease } from '../../src/services/archive/release/withdraw-release.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { openServices } from '../../src/services/open-services.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import { recordSetup } from '../../src/services/organisation/record-setup.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { openTestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/*
 * Issue 15: the release tables are a projection of the signed release
 * entries. A row planted, edited or removed in the file beside the chain
 * (a reader widened, a redaction's range moved, a withdrawal undone) is
 * named by verify.
 */

let work: string;
let base: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'plenipo-releases-'));
  base = join(work, 'london.db');
  const registry = await openTestServices('london-1945');
  try {
    const { services } = registry;
    await recordSetup(services, OPERATOR, [{ op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] }]);
    const archivist = { archivist: 'poskrebyshev' };
    await recordRelease(services, archivist, {
      scope: { period: { from: '1900-01-01', until: '2999-12-31' }, conference: 'london-1945' },
      audience: { public: true },
      from: '1949-01-01',
      redactions: [{ cable: await firstReleasable(services), start: 0, end: 4, reason: 'a name' }],
    });
    const { entry } = await recordRelease(services, archivist, {
      scope: { series: 'TOLON' },
      audience: { people: ['gromyko'] },
      from: '1949-01-01',
    });
    await withdrawRelease(services, archivist, entry.number, { from: '1950-01-01', reason: 'in error' });
    const raw = new Database(registry.db);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    copyFileSync(registry.db, base);
    copyFileSync(registry.keyFile, `${base}.key`);
  } finally {
    await registry.cleanup();
  }
}, SLOW);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function firstReleasable(services: Awaited<ReturnType<typeof openServices>>) {
  for await (const batch of services.store.registry.scan(1000))
    for (const { cable } of batch)
      if (cable?.conference === 'london-1945' && cable.body.length > 10) return cable.id;
  throw new Error('the example has no cable of the conference');
}

async function faultAfter(name: string, sql: string) {
  const db = join(work, `${name}.db`);
  copyFileSync(base, db);
  copyFileSync(`${base}.key`, `${db}.key`);
  if (sql) {
    const raw = new Database(db);
    const changed = raw.prepare(sql).run().changes;
    raw.close();
    expect(changed, `the edit ${sql} changed no row`).toBeGreaterThan(0);
  }
  const services = await openServices(db);
  try {
    return (await verifyRegistry(services, () => {}, { workers: 0 })).fault;
  } finally {
    await services.store.close();
  }
}

describe('issue 15: release tables edited in the database file beside the chain', { timeout: SLOW }, () => {
  it('verifies the untouched registry with its releases and withdrawal', async () => {
    expect(await faultAfter('untouched', '')).toBeNull();
  });

  it('names a grant planted to widen a cable to a reader no release names', async () => {
    const fault = await faultAfter(
      'planted',
      `insert into release_grants (entry_seq, cable_seq, reader, from_at, until_at)
       select entry_seq, cable_seq, 'pavlov', from_at, null from release_grants limit 1`,
    );
    expect(fault).toMatchObject({ fault: 'projection-mismatch' });
    expect(fault?.number).toMatch(/^release_grants row '\d+\/\d+\/pavlov'$/);
  });

  it('names a redaction whose range was moved', async () => {
    const fault = await faultAfter('moved', 'update redactions set "end" = "end" + 1');
    expect(fault?.number).toMatch(/^redactions row '\d+\/0'$/);
  });

  it('names a grant whose withdrawal was undone', async () => {
    const fault = await faultAfter(
      'undone',
      'update release_grants set until_at = null where until_at is not null',
    );
    expect(fault?.number).toMatch(/^release_grants row '\d+\/\d+\/gromyko'$/);
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cable, canonicalSignedEnvelope, chainHash } from '../../src/core/index.js';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { verifyBeforeServing } from '../../src/services/integrity/verify-before-serving.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { Keyring, sha256Hex } from '../../src/services/keyring.js';
import { openServices } from '../../src/services/open-services.js';
import { type CableRow, cableFromRow } from '../../src/store/cable-row.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/*
 * Issue 12, finding 3: someone holding the database file but not the key file
 * swaps a person's public key, re-signs that person's cables, re-hashes the
 * chain and deletes the signed heads. With keys pinned by setup entries, the
 * swap must reach back to the registry's first entry (the only one that
 * declares its own key): so the forger re-signs the whole chain from there
 * under keys of their own. They cannot seal a key under the master key, so
 * the first entry no longer rests on the server key.
 */

const FORGED = 'Agree to the Western draft at once. Molotov.';

/** The registry's rows rewritten as the forger would, with a master key of their own. */
function forgeKeySwap(db: string): void {
  const forger = new Keyring(randomBytes(32));
  const keys = { registry: forger.generate(), molotov: forger.generate() };
  const raw = new Database(db);
  // Raw rows have SQL's snake_case names; the store reads them camelCase.
  const rows = (raw.prepare('select * from cables order by seq').all() as Record<string, unknown>[]).map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([name, value]) => [
          name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()),
          value,
        ]),
      ) as CableRow,
  );
  const forgedCable = rows.find((row) => row.author === 'molotov' && row.payload === null)!;
  let prevHash = rows[0]!.prevHash;
  const update = raw.prepare(
    'update cables set payload = ?, body = ?, signature = ?, prev_hash = ?, hash = ? where seq = ?',
  );
  raw.transaction(() => {
    for (const row of rows) {
      const cable: Cable = cableFromRow(row);
      if (cable.kind === 'setup') {
        const changes = (
          cable.payload as unknown as { changes: { op: string; id?: string; publicKey?: string }[] }
        ).changes;
        for (const change of changes)
          if (change.op === 'person.create' && (change.id === 'registry' || change.id === 'molotov'))
            change.publicKey = keys[change.id].publicKey;
      }
      if (row.seq === forgedCable.seq) {
        raw
          .prepare("insert into cables_fts (cables_fts, rowid, subject, body) values ('delete', ?, ?, ?)")
          .run(row.seq, row.subject, row.body);
        raw
          .prepare('insert into cables_fts (rowid, subject, body) values (?, ?, ?)')
          .run(row.seq, row.subject, FORGED);
        cable.body = FORGED;
      }
      const signer = keys[cable.author as keyof typeof keys];
      const envelope = canonicalSignedEnvelope(cable);
      if (signer) cable.signature = forger.sign(signer.privateKeySealed, envelope);
      cable.prevHash = prevHash;
      const { hash: _old, ...unsealed } = cable;
      cable.hash = chainHash(unsealed, sha256Hex, envelope);
      prevHash = cable.hash;
      update.run(
        cable.payload === null ? null : JSON.stringify(cable.payload),
        cable.body,
        cable.signature,
        cable.prevHash,
        cable.hash,
        cable.seq,
      );
    }
    for (const [id, key] of Object.entries(keys))
      raw.prepare('update people set public_key = ? where id = ?').run(key.publicKey, id);
    raw.prepare('delete from registry_heads').run();
  })();
  raw.close();
}

describe('issue 12, finding 3: a key swapped in the database file, the chain re-signed and re-hashed, the heads deleted', {
  timeout: SLOW,
}, () => {
  let registry: TestServices;
  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    expect((await signRegistryHead(registry.services)).signed).toBe(true);
    await registry.services.store.close();
    forgeKeySwap(registry.db);
    registry.services = await openServices(registry.db, registry.keyFile);
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('fails verify, naming the first entry: every hash and signature holds, but not on the server key', async () => {
    const raw = new Database(registry.db, { readonly: true });
    expect(raw.prepare('select seq from cables where body = ?').get(FORGED)).toBeDefined();
    raw.close();
    const { checked, total, fault } = await verifyRegistry(registry.services);
    expect(checked).toBe(total);
    expect(fault).toMatchObject({ seq: 1, number: 'REG 0001', fault: 'unanchored' });
    expect(fault!.message).toContain('not the server key');
  });

  it('is never signed with the real server key', async () => {
    await expect(signRegistryHead(registry.services)).rejects.toMatchObject({ code: 'registry-broken' });
    expect(await registry.services.store.heads.latest()).toBeNull();
  });

  it('is refused by a server at start, so the forged text is never served', async () => {
    expect(await verifyBeforeServing(registry.services)).toMatch(/^REG 0001 \(position 1\): unanchored/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import {
  EXAMPLE_CABLES,
  openTestServices,
  type TestServices,
} from '../../tests/support/open-test-services.js';
import { SLOW } from '../../tests/support/timeouts.js';
import { type Cable, chainHash } from '../core/index.js';
import { SqliteDatabase as Database, type SqliteConnection } from '../store/sqlite/sqlite-driver.js';
import { sha256Hex } from './keyring.js';
import { verifyRegistry } from './verify-registry.js';

/** The London 1945 registry, and a second, raw connection to its file: the hand that tampers. */
async function londonWithRawAccess() {
  const registry = await openTestServices('london-1945');
  const raw = new Database(registry.db);
  opened.push({ registry, raw });
  const row = (seq: number) =>
    raw.prepare('select number, body, readers, signature from cables where seq = ?').get(seq) as {
      number: string;
      body: string;
      readers: string;
      signature: string;
    };
  // The cable of 6 December 1945 to the Three, which Molotov was not to see.
  const { seq: toTheThree } = raw
    .prepare(`select seq from cables where exclude_list like '%"molotov"%'`)
    .get() as { seq: number };
  return { registry, raw, row, toTheThree };
}
const opened: { registry: TestServices; raw: SqliteConnection }[] = [];
afterEach(async () => {
  for (const { registry, raw } of opened.splice(0)) {
    raw.close();
    await registry.cleanup();
  }
});

describe('verifying the registry', { timeout: SLOW }, () => {
  it('passes the untouched London 1945 registry, reporting its progress to the end', async () => {
    const { registry } = await londonWithRawAccess();
    const progress: [number, number][] = [];
    const result = await verifyRegistry(registry.services, (checked, total) =>
      progress.push([checked, total]),
    );
    expect(result).toEqual({ checked: EXAMPLE_CABLES, total: EXAMPLE_CABLES, fault: null });
    expect(progress.at(-1)).toEqual([EXAMPLE_CABLES, EXAMPLE_CABLES]);
  });

  it('names the cable whose body was edited in the database', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set body = ? where seq = 17').run(`${row(17).body} And one more sentence.`);
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: 17,
      number: row(17).number,
      fault: 'hash-mismatch',
    });
  });

  it('names the cable whose readers were edited, even with its readers index edited to match', async () => {
    const { registry, raw, row, toTheThree } = await londonWithRawAccess();
    const readers = [...JSON.parse(row(toTheThree).readers), 'molotov'].sort();
    raw.prepare('update cables set readers = ? where seq = ?').run(JSON.stringify(readers), toTheThree);
    raw
      .prepare(
        "insert into deliveries (person_id, cable_seq, precedence_rank, unread, read_at) values ('molotov', ?, 0, 1, null)",
      )
      .run(toTheThree);
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      number: row(toTheThree).number,
      fault: 'hash-mismatch',
    });
  });

  it('names the cable whose readers index lets in someone the cable was not registered for', async () => {
    const { registry, raw, row, toTheThree } = await londonWithRawAccess();
    raw
      .prepare(
        "insert into deliveries (person_id, cable_seq, precedence_rank, unread, read_at) values ('molotov', ?, 0, 1, null)",
      )
      .run(toTheThree);
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: toTheThree,
      number: row(toTheThree).number,
      fault: 'readers-mismatch',
    });
  });

  it('names the cable whose signature was swapped for another', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set signature = ? where seq = 12').run(row(11).signature);
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: 12,
      number: row(12).number,
    });
  });

  it('names the forged cable even when the forger recomputed every chain hash after it', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set body = ? where seq = 30').run('A body the author never signed.');
    const cables: Cable[] = [];
    for await (const batch of registry.services.store.registry.scan(100)) {
      for (const scanned of batch) cables.push(scanned.cable!);
    }
    let prevHash = cables[28]!.hash;
    const update = raw.prepare('update cables set prev_hash = ?, hash = ? where seq = ?');
    for (const cable of cables.slice(29)) {
      const hash = chainHash({ ...cable, prevHash }, sha256Hex);
      update.run(prevHash, hash, cable.seq);
      prevHash = hash;
    }
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: 30,
      number: row(30).number,
      fault: 'bad-signature',
    });
  });

  it('names the cable after one that was deleted', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    const next = row(41).number;
    raw.prepare('delete from cables where seq = 40').run();
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: 41,
      number: next,
      fault: 'out-of-order',
    });
  });

  it('names a cable whose stored lists no longer parse, rather than stopping', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set readers = \'["beria",\' where seq = 5').run();
    expect((await verifyRegistry(registry.services)).fault).toMatchObject({
      seq: 5,
      number: row(5).number,
      fault: 'unreadable',
    });
  });

  it('names only the first of several tampered cables', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare("update cables set subject = 'Changed' where seq in (25, 50)").run();
    const result = await verifyRegistry(registry.services);
    expect(result).toMatchObject({
      checked: 24,
      total: EXAMPLE_CABLES,
      fault: { seq: 25, number: row(25).number },
    });
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import {
  EXAMPLE_ENTRIES,
  openTestServices,
  type TestServices,
} from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, chainHash } from '../../core/index.js';
import { SqliteDatabase as Database, type SqliteConnection } from '../../store/sqlite/sqlite-driver.js';
import { registerCable } from '../cables/register-cable.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';
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

// Every case holds on one thread and with signature workers: the fault named is the same.
describe.each([0, 2])('verifying the registry (signature workers: %i)', { timeout: SLOW }, (workers) => {
  const verify = (services: Services, onProgress?: (checked: number, total: number) => void) =>
    verifyRegistry(services, onProgress, { workers });

  it('passes the untouched London 1945 registry, reporting its progress to the end', async () => {
    const { registry } = await londonWithRawAccess();
    const progress: [number, number][] = [];
    const result = await verify(registry.services, (checked, total) => progress.push([checked, total]));
    expect(result).toEqual({ checked: EXAMPLE_ENTRIES, total: EXAMPLE_ENTRIES, fault: null });
    expect(progress.at(-1)).toEqual([EXAMPLE_ENTRIES, EXAMPLE_ENTRIES]);
  });

  it('names the cable whose body was edited in the database', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set body = ? where seq = 17').run(`${row(17).body} And one more sentence.`);
    expect((await verify(registry.services)).fault).toMatchObject({
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
    expect((await verify(registry.services)).fault).toMatchObject({
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
    expect((await verify(registry.services)).fault).toMatchObject({
      seq: toTheThree,
      number: row(toTheThree).number,
      fault: 'readers-mismatch',
    });
  });

  it('names the cable whose signature was swapped for another', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set signature = ? where seq = 12').run(row(11).signature);
    expect((await verify(registry.services)).fault).toMatchObject({
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
    expect((await verify(registry.services)).fault).toMatchObject({
      seq: 30,
      number: row(30).number,
      fault: 'bad-signature',
    });
  });

  it('names the cable after one that was deleted', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    const next = row(41).number;
    raw.prepare('delete from cables where seq = 40').run();
    expect((await verify(registry.services)).fault).toMatchObject({
      seq: 41,
      number: next,
      fault: 'out-of-order',
    });
  });

  it('names a cable whose stored lists no longer parse, rather than stopping', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare('update cables set readers = \'["beria",\' where seq = 5').run();
    expect((await verify(registry.services)).fault).toMatchObject({
      seq: 5,
      number: row(5).number,
      fault: 'unreadable',
    });
  });

  it('names only the first of several tampered cables', async () => {
    const { registry, raw, row } = await londonWithRawAccess();
    raw.prepare("update cables set subject = 'Changed' where seq in (25, 50)").run();
    const result = await verify(registry.services);
    expect(result).toMatchObject({
      checked: 24,
      total: EXAMPLE_ENTRIES,
      fault: { seq: 25, number: row(25).number },
    });
  });
});

describe('verifying a registry of thousands of cables with signature workers', { timeout: SLOW }, () => {
  // Three batches and more: the workers hold several at once and may answer them in any order.
  const CABLES = 2500;
  let registry: TestServices;
  let raw: SqliteConnection;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    const authors = ['stalin', 'molotov'] as const;
    for (let i = 0; i < CABLES; i += 100) {
      // Registered a hundred at a time: the registration queue commits them in groups.
      await Promise.all(
        Array.from({ length: 100 }, (_, j) =>
          registerCable(
            registry.services,
            authors[(i + j) % 2]!,
            aCable({ to: [authors[(i + j + 1) % 2]!], body: `Cable ${i + j}.` }),
          ),
        ),
      );
    }
    raw = new Database(registry.db);
  }, SLOW);
  afterAll(async () => {
    raw?.close();
    await registry?.cleanup();
  });

  /** A change to the file that returns how to put it back. */
  type Tamper = () => PutBack | Promise<PutBack>;
  type PutBack = () => void;

  /** Tampers with the file, verifies on one thread and with two workers, and puts the file back. */
  async function faultsAfter(...tampers: Tamper[]) {
    const putBacks: PutBack[] = [];
    try {
      for (const tamper of tampers) putBacks.unshift(await tamper());
      const onThisThread = await verifyRegistry(registry.services, undefined, { workers: 0 });
      const withWorkers = await verifyRegistry(registry.services, undefined, { workers: 2 });
      expect(withWorkers).toEqual(onThisThread);
      return withWorkers;
    } finally {
      for (const putBack of putBacks) putBack();
    }
  }
  const edit = (name: 'signature' | 'subject', seq: number, value: string): PutBack => {
    const before = raw.prepare(`select ${name} as value from cables where seq = ?`).get(seq) as {
      value: string;
    };
    raw.prepare(`update cables set ${name} = ? where seq = ?`).run(value, seq);
    return () => raw.prepare(`update cables set ${name} = ? where seq = ?`).run(before.value, seq);
  };
  /** Gives cable `seq` another signature and, as a forger who can hash but not sign, rehashes the chain from it. */
  const forgeSignature = async (seq: number, signature?: string): Promise<PutBack> => {
    const another = raw.prepare('select signature from cables where seq = ?').get(seq - 2) as {
      signature: string;
    };
    const putBackSignature = edit('signature', seq, signature ?? another.signature);
    const cables: Cable[] = [];
    for await (const batch of registry.services.store.registry.scan(1000)) {
      for (const scanned of batch) if (scanned.cable!.seq >= seq - 1) cables.push(scanned.cable!);
    }
    const update = raw.prepare('update cables set prev_hash = ?, hash = ? where seq = ?');
    let prevHash = cables[0]!.hash;
    for (const cable of cables.slice(1)) {
      const hash = chainHash({ ...cable, prevHash }, sha256Hex);
      update.run(prevHash, hash, cable.seq);
      prevHash = hash;
    }
    return () => {
      for (const cable of cables) update.run(cable.prevHash, cable.hash, cable.seq);
      putBackSignature();
    };
  };
  const dropDelivery = (seq: number): PutBack => {
    const delivery = raw.prepare('select * from deliveries where cable_seq = ? limit 1').get(seq) as Record<
      string,
      unknown
    >;
    raw.prepare('delete from deliveries where cable_seq = ? and person_id = ?').run(seq, delivery.person_id);
    const columns = Object.keys(delivery);
    const insert = `insert into deliveries (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
    return () => raw.prepare(insert).run(...Object.values(delivery));
  };

  it('passes the untouched registry on every core', async () => {
    expect(await faultsAfter()).toEqual({ checked: CABLES + 2, total: CABLES + 2, fault: null });
  });

  it('names a bad signature on cable 1700 of 2500, having checked every cable before it', async () => {
    expect(await faultsAfter(() => forgeSignature(1700))).toMatchObject({
      checked: 1699,
      fault: { seq: 1700, fault: 'bad-signature' },
    });
  });

  it('names a bad signature before an edited cable in a later batch', async () => {
    expect(
      await faultsAfter(
        () => forgeSignature(1234),
        () => edit('subject', 2345, 'Changed'),
      ),
    ).toMatchObject({ fault: { seq: 1234, fault: 'bad-signature' } });
  });

  it('names an edited cable before a bad signature in a later batch', async () => {
    expect(
      await faultsAfter(
        () => forgeSignature(2345),
        () => edit('subject', 1234, 'Changed'),
      ),
    ).toMatchObject({ fault: { seq: 1234, fault: 'hash-mismatch' } });
  });

  it('names a readers index edited before a bad signature', async () => {
    expect(
      await faultsAfter(
        () => forgeSignature(1900),
        () => dropDelivery(1200),
      ),
    ).toMatchObject({ fault: { seq: 1200, fault: 'readers-mismatch' } });
  });

  it('names the bad signature of a cable whose readers index was also edited, as one thread does', async () => {
    expect(
      await faultsAfter(
        () => forgeSignature(1500),
        () => dropDelivery(1500),
      ),
    ).toMatchObject({ fault: { seq: 1500, fault: 'bad-signature' } });
  });

  it('names a signature that is not even base64 of a signature', async () => {
    expect(await faultsAfter(() => forgeSignature(2001, '%%not a signature%%'))).toMatchObject({
      fault: { seq: 2001, fault: 'bad-signature' },
    });
  });
});

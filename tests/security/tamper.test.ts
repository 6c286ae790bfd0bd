import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cable,
  type CableFault,
  canonicalHeadStatement,
  canonicalSignedEnvelope,
  chainHash,
  type SignedHead,
} from '../../src/core/index.js';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { verifyRegistryHead } from '../../src/services/integrity/verify-registry-head.js';
import { Keyring, loadMasterKey, sha256Hex } from '../../src/services/keyring.js';
import { openServices } from '../../src/services/open-services.js';
import type { SqliteConnection } from '../../src/store/sqlite/sqlite-driver.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import {
  cableRowBytes,
  cableRowsOf,
  changedRowsOf,
  mulberry32,
  occurrences,
} from '../support/database-file.js';
import { openTestServices } from '../support/open-test-services.js';
import { runCli } from '../support/run-cli.js';
import { requireBuiltCli } from '../support/start-server.js';

// The CLI cases start a Node process each; allow for a slow machine.
const SLOW = 180_000;

/** The stored text of one cable that the byte flips aim at. */
interface StoredCable {
  seq: number;
  number: string;
  author: string;
  body: string;
  subject: string;
  signature: string;
  hash: string;
}

let work: string;
/** The London 1945 registry with its head signed, folded into one clean file: every copy starts from it. */
let base: string;
let keyFile: string;
/** The signed head, as exported to a file an outside party keeps. */
let head: SignedHead;
let headFile: string;
let stored: StoredCable[];
let last: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'plenipo-tamper-'));
  base = join(work, 'london.db');
  keyFile = `${base}.key`;
  const registry = await openTestServices('london-1945');
  try {
    head = (await signRegistryHead(registry.services)).head!;
    const raw = new Database(registry.db);
    // Fold the WAL into the file, then write a compact copy with no free pages. (Pages may still keep stale
    // copies of cells moved by b-tree splits: the byte flips skip them, see cableRowBytes.)
    expect(raw.pragma('wal_checkpoint(TRUNCATE)')).toMatchObject([{ busy: 0 }]);
    raw.prepare('vacuum into ?').run(base);
    raw.close();
    copyFileSync(registry.keyFile, keyFile);
  } finally {
    await registry.cleanup();
  }
  headFile = join(work, 'head.json');
  writeFileSync(headFile, JSON.stringify(head, null, 2));
  const raw = new Database(base, { readonly: true });
  stored = raw
    .prepare('select seq, number, author, body, subject, signature, hash from cables order by seq')
    .all() as StoredCable[];
  raw.close();
  last = stored.length;
  expect(head).toMatchObject({ seq: last, hash: stored.at(-1)!.hash });
}, SLOW);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const cableAt = (seq: number) => stored[seq - 1]!;

/** A fresh copy of the base registry, its master key beside it as `<db>.key`, changed through raw SQL. */
function tamperedCopy(name: string, change: (raw: SqliteConnection) => void = () => {}): string {
  const db = join(work, `${name}.db`);
  copyFileSync(base, db);
  copyFileSync(keyFile, `${db}.key`);
  const raw = new Database(db);
  change(raw);
  raw.close();
  return db;
}

/** Deletes the last cable with every row that indexes it, as a thorough forger would (else verify names those). */
function forgetLastCable(raw: SqliteConnection): void {
  for (const table of ['cable_issues', 'mandate_amendments', 'moves', 'verdicts', 'alerts', 'deliveries'])
    raw.prepare(`delete from ${table} where cable_seq = ?`).run(last);
  raw.prepare('delete from cable_links where from_seq = ? or to_seq = ?').run(last, last);
  raw.prepare('delete from cables where seq = ?').run(last);
  raw.exec("insert into cables_fts (cables_fts) values ('rebuild')");
}

/** Plain verify (the chain alone) and verify against the exported signed head, on one registry file. */
async function verifyBoth(db: string, exported: unknown = head) {
  const services = await openServices(db);
  try {
    const plain = await verifyRegistry(services);
    const withHead = await verifyRegistryHead(services, exported);
    return { plain, withHead };
  } finally {
    await services.store.close();
  }
}

/** Every cable as the registry reads it, in chain order. */
async function cablesOf(db: string): Promise<Cable[]> {
  const services = await openServices(db);
  try {
    const cables: Cable[] = [];
    for await (const batch of services.store.registry.scan(1000)) {
      for (const scanned of batch) cables.push(scanned.cable!);
    }
    return cables;
  } finally {
    await services.store.close();
  }
}

/**
 * Rewrites one cable as a forger holding the database file would: changes it
 * (its subject, body or signature), then recomputes every chain hash from it
 * to the end with SHA-256, so every link holds.
 */
async function rewrittenCopy(name: string, seq: number, change: (cable: Cable) => Cable): Promise<string> {
  const db = tamperedCopy(name);
  const cables = await cablesOf(db);
  const raw = new Database(db);
  const update = raw.prepare(
    'update cables set subject = ?, body = ?, signature = ?, prev_hash = ?, hash = ? where seq = ?',
  );
  let prevHash = cables[seq - 2]?.hash ?? '0'.repeat(64);
  for (const [index, original] of cables.slice(seq - 1).entries()) {
    const cable = index === 0 ? change(original) : original;
    const hash = chainHash({ ...cable, prevHash }, sha256Hex);
    update.run(cable.subject, cable.body, cable.signature, prevHash, hash, cable.seq);
    prevHash = hash;
  }
  // A thorough forger re-indexes the text too, or verify would name the search index first.
  raw.exec("insert into cables_fts (cables_fts) values ('rebuild')");
  raw.close();
  return db;
}

/** Signs a cable's envelope with `person`'s own key, unsealed with the master key. */
async function signedBy(db: string, person: string, cable: Cable): Promise<string> {
  const services = await openServices(db);
  try {
    const keys = (await services.store.directory.keysOf(person))!;
    const signature = services.keyring.sign(keys.privateKeySealed, canonicalSignedEnvelope(cable));
    expect(services.keyring.verify(keys.publicKey, canonicalSignedEnvelope(cable), signature)).toBe(true);
    return signature;
  } finally {
    await services.store.close();
  }
}

describe('verify names the cable changed through SQL', () => {
  it('names the cable whose body was altered', async () => {
    const db = tamperedCopy('body', (raw) =>
      raw.prepare("update cables set body = body || ' Concede Tripolitania.' where seq = 17").run(),
    );
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 17, number: cableAt(17).number, fault: 'hash-mismatch' });
  });

  it('names the cable whose subject was altered', async () => {
    const db = tamperedCopy('subject', (raw) =>
      raw.prepare("update cables set subject = 'Nothing of importance' where seq = 25").run(),
    );
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 25, number: cableAt(25).number, fault: 'hash-mismatch' });
  });

  it('names the cable whose action addressees (to_list) were altered', async () => {
    const db = tamperedCopy('addressee', (raw) => {
      const { toList } = raw.prepare('select to_list as toList from cables where seq = 33').get() as {
        toList: string;
      };
      const widened = [...new Set([...JSON.parse(toList), 'gusev'])];
      expect(widened).not.toEqual(JSON.parse(toList));
      raw.prepare('update cables set to_list = ? where seq = 33').run(JSON.stringify(widened));
    });
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 33, number: cableAt(33).number, fault: 'hash-mismatch' });
  });

  it('names the cable whose readers column was altered', async () => {
    const db = tamperedCopy('readers', (raw) => {
      const { readers } = raw.prepare('select readers from cables where seq = 45').get() as {
        readers: string;
      };
      const fewer = (JSON.parse(readers) as string[]).slice(1);
      raw.prepare('update cables set readers = ? where seq = 45').run(JSON.stringify(fewer));
    });
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 45, number: cableAt(45).number, fault: 'hash-mismatch' });
  });

  it('names the cable whose readers index gained a reader (someone let in by a deliveries row)', async () => {
    const db = tamperedCopy('index-added', (raw) => {
      const readers = JSON.parse(
        (raw.prepare('select readers from cables where seq = 56').get() as { readers: string }).readers,
      ) as string[];
      const outsider = (raw.prepare('select id from people order by id').all() as { id: string }[])
        .map(({ id }) => id)
        .find((id) => !readers.includes(id))!;
      raw
        .prepare(
          'insert into deliveries (person_id, cable_seq, precedence_rank, unread, read_at) values (?, 56, 0, 1, null)',
        )
        .run(outsider);
    });
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 56, number: cableAt(56).number, fault: 'readers-mismatch' });
  });

  it('names the cable whose readers index lost a reader (a deliveries row removed)', async () => {
    const db = tamperedCopy('index-removed', (raw) => {
      const removed = raw
        .prepare('delete from deliveries where cable_seq = 8 and person_id != ?')
        .run(cableAt(8).author);
      expect(removed.changes).toBeGreaterThan(0);
    });
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 8, number: cableAt(8).number, fault: 'readers-mismatch' });
  });

  it('names the cable moved up when two cables swap their positions', async () => {
    const db = tamperedCopy('swapped', (raw) => {
      raw.prepare('update cables set seq = -1 where seq = 20').run();
      raw.prepare('update cables set seq = 20 where seq = 21').run();
      raw.prepare('update cables set seq = 21 where seq = -1').run();
    });
    const { plain } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 20, number: cableAt(21).number, fault: 'broken-link' });
  });

  it('names the cable after one deleted from the middle', async () => {
    const db = tamperedCopy('deleted-middle', (raw) =>
      raw.prepare('delete from cables where seq = 40').run(),
    );
    const { plain, withHead } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 41, number: cableAt(41).number, fault: 'out-of-order' });
    expect(withHead.fault).toBeNull();
  });

  it('names a cable copied into the middle under a new position and number', async () => {
    const db = tamperedCopy('inserted', (raw) => {
      // Make room at position 31 (through negative numbers: SQLite checks the key row by row), then copy 30 there.
      for (const table of [
        ['cables', 'seq'],
        ['deliveries', 'cable_seq'],
      ]) {
        const [name, column] = table as [string, string];
        raw.prepare(`update ${name} set ${column} = -(${column} + 1) where ${column} > 30`).run();
        raw.prepare(`update ${name} set ${column} = -${column} where ${column} < 0`).run();
      }
      raw
        .prepare(
          `insert into cables select 31, id || '-again', series || ' 0999', series, 999, registered_at, author, alias,
             to_list, info_list, exclude_list, via, precedence, classification, captions, kind, subject, issues,
             conference, in_reply_to, refs, body, payload, readers, signature, prev_hash, hash
           from cables where seq = 30`,
        )
        .run();
      raw
        .prepare(
          'insert into deliveries select person_id, 31, precedence_rank, unread, read_at from deliveries where cable_seq = 30',
        )
        .run();
    });
    const { plain, withHead } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 31, number: `${cableAt(30).number.split(' ')[0]} 0999` });
    expect(plain.fault!.fault).toBe('broken-link');
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'rewritten' });
  });

  it('names the cable whose signature was replaced by a valid signature under another person’s key', async () => {
    const victim = cableAt(12);
    const cables = await cablesOf(tamperedCopy('signature-source'));
    const impostor = cables.find((other) => other.author !== victim.author)!.author;
    const signature = await signedBy(tamperedCopy('signature-source'), impostor, cables[11]!);
    const db = tamperedCopy('signature', (raw) =>
      raw.prepare('update cables set signature = ? where seq = 12').run(signature),
    );
    // The chain hash covers the signature, so the swap alone breaks the hash ...
    expect((await verifyBoth(db)).plain.fault).toMatchObject({
      seq: 12,
      number: victim.number,
      fault: 'hash-mismatch',
    });
    // ... and a forger who rehashes the chain after it is caught by the author's key.
    const rehashed = await rewrittenCopy('signature-rehashed', 12, (original) => ({
      ...original,
      signature,
    }));
    expect((await verifyBoth(rehashed)).plain.fault).toMatchObject({
      seq: 12,
      number: victim.number,
      fault: 'bad-signature',
    });
  });

  it('names the cable whose body was rewritten with every later hash recomputed, and the head fails too', async () => {
    const db = await rewrittenCopy('rehashed', 30, (cable) => ({ ...cable, body: 'Concede everything.' }));
    const { plain, withHead } = await verifyBoth(db);
    expect(plain.fault).toMatchObject({ seq: 30, number: cableAt(30).number, fault: 'bad-signature' });
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'rewritten' });
  });
});

describe('only the signed head catches what leaves the chain whole', () => {
  it('a deleted last cable passes plain verify (the chain alone cannot see it), and verify against the head names its position', async () => {
    const db = tamperedCopy('deleted-last', (raw) => forgetLastCable(raw));
    const { plain, withHead } = await verifyBoth(db);
    expect(plain).toEqual({ checked: last - 1, total: last - 1, fault: null });
    expect(withHead.chain.fault).toBeNull();
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'truncated' });
    expect(withHead.fault!.message).toContain(`ends at position ${last - 1}`);
  });

  it('a rewrite re-signed with the author’s own key (an insider holding the key file) passes plain verify, and the head names the position', async () => {
    const db = tamperedCopy('resigned-source');
    const original = (await cablesOf(db))[29]!;
    const forged = { ...original, body: 'Concede everything.' };
    const signature = await signedBy(db, original.author, forged);
    const resigned = await rewrittenCopy('resigned', 30, () => ({ ...forged, signature }));
    const { plain, withHead } = await verifyBoth(resigned);
    expect(plain.fault).toBeNull();
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'rewritten' });
    expect(withHead.fault!.message).toContain(cableAt(last).number);
  });

  it('refuses a head whose position was changed after signing', async () => {
    const { withHead } = await verifyBoth(tamperedCopy('head-moved'), {
      ...head,
      seq: last - 1,
      hash: cableAt(last - 1).hash,
    });
    expect(withHead.fault).toMatchObject({ fault: 'bad-head-signature' });
  });

  it('refuses a sound head signed by another key than the server key the registry holds', async () => {
    const forger = new Keyring(loadMasterKey(keyFile));
    const { publicKey, privateKeySealed } = forger.generate();
    const signature = forger.sign(privateKeySealed, canonicalHeadStatement(head));
    const { withHead } = await verifyBoth(tamperedCopy('head-other-key'), { ...head, publicKey, signature });
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'wrong-server-key' });
  });

  it('refuses the exported head when the server key in the registry was replaced', async () => {
    const replaced = new Keyring(loadMasterKey(keyFile)).generate();
    const db = tamperedCopy('server-key', (raw) =>
      raw.prepare("update settings set value = ? where key = 'server-key'").run(JSON.stringify(replaced)),
    );
    const { withHead } = await verifyBoth(db);
    expect(withHead.fault).toMatchObject({ seq: last, fault: 'wrong-server-key' });
  });

  it('holds on the untouched registry', async () => {
    const { plain, withHead } = await verifyBoth(tamperedCopy('untouched'));
    expect(plain.fault).toBeNull();
    expect(withHead).toMatchObject({ chain: { checked: last, fault: null }, head, fault: null });
  });
});

describe('plenipo head and plenipo verify --head', { timeout: SLOW }, () => {
  beforeAll(requireBuiltCli);

  it('exports the head already signed, and verify --head accepts the untouched registry', async () => {
    const db = tamperedCopy('cli-untouched');
    const out = join(work, 'cli-head.json');
    const exporting = await runCli(['head', '--db', db, '--out', out]);
    expect(exporting, exporting.stderr).toMatchObject({ code: 0 });
    expect(exporting.stderr).toContain('signed already');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(head);
    const verifying = await runCli(['verify', '--db', db, '--head', out]);
    expect(verifying, verifying.stdout).toMatchObject({ code: 0 });
    expect(verifying.stdout).toContain(`OK: the registry still holds the head signed at ${head.signedAt}`);
  });

  it('plain verify passes a registry whose last cable was deleted; verify --head exits 1 naming the position', async () => {
    const db = tamperedCopy('cli-deleted-last', (raw) => forgetLastCable(raw));
    const plain = await runCli(['verify', '--db', db]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`${last - 1} cables verified`);
    const withHead = await runCli(['verify', '--db', db, '--head', headFile]);
    expect(withHead.code).toBe(1);
    expect(withHead.stdout).toContain(`FAILED at position ${last} against the signed head: truncated`);
  });

  it('exits 1 naming the rewritten cable and the head’s position for a fully rehashed rewrite', async () => {
    const db = await rewrittenCopy('cli-rehashed', 30, (cable) => ({
      ...cable,
      body: 'Concede everything.',
    }));
    const plain = await runCli(['verify', '--db', db]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`FAILED at ${cableAt(30).number} (position 30): bad-signature`);
    const withHead = await runCli(['verify', '--db', db, '--head', headFile]);
    expect(withHead.code).toBe(1);
    expect(withHead.stdout).toContain(`FAILED at ${cableAt(30).number} (position 30)`);
    expect(withHead.stdout).toContain(`FAILED at position ${last} against the signed head: rewritten`);
  });

  it('exits 1 naming the cable whose addressees were altered', async () => {
    const db = tamperedCopy('cli-addressee', (raw) =>
      raw.prepare(`update cables set to_list = '["beria"]' where seq = 9`).run(),
    );
    const result = await runCli(['verify', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAILED at ${cableAt(9).number} (position 9): hash-mismatch`);
  });
});

describe('random single-byte changes inside cable rows of the database file', () => {
  const TRIALS = 400;
  const SEED = 1945;

  it(`detects every one of ${TRIALS}`, { timeout: SLOW }, async () => {
    const bytes = readFileSync(base);
    const isInCableRows = cableRowBytes(base, bytes);
    const pristine = cableRowsOf(base);
    const random = mulberry32(SEED);
    const pick = (n: number) => Math.floor(random() * n);
    const trialDb = join(work, 'flip.db');
    const outcomes = { named: 0, malformed: 0, undetected: [] as string[], namedElsewhere: [] as string[] };
    let trials = 0;
    while (trials < TRIALS) {
      const cable = stored[pick(stored.length)]!;
      const field = (['body', 'subject', 'signature', 'hash'] as const)[pick(4)]!;
      // A window of the field's text, so a body that runs onto overflow pages is still found piece by piece.
      const text = Buffer.from(cable[field], 'utf8');
      const length = Math.min(24, text.length);
      const start = pick(text.length - length + 1);
      const window = text.subarray(start, start + length);
      const places = occurrences(bytes, window).filter((at) => isInCableRows(at, length));
      const printable = [...window.keys()].filter((i) => window[i]! >= 0x20 && window[i]! <= 0x7e);
      if (places.length === 0 || printable.length === 0) continue;
      const at = places[pick(places.length)]! + printable[pick(printable.length)]!;
      const flipped = Buffer.from(bytes);
      // Another printable ASCII character: 0x20..0x7e, never the one that was there.
      flipped[at] = 0x20 + ((bytes[at]! - 0x20 + 1 + pick(94)) % 95);
      trials += 1;
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${trialDb}${suffix}`, { force: true });
      writeFileSync(trialDb, flipped);
      const outcome = await verifyFlipped(trialDb);
      const change = `${cable.number} ${field} byte ${at}: ${String.fromCharCode(bytes[at]!)} -> ${String.fromCharCode(flipped[at]!)}`;
      if (outcome === 'malformed') outcomes.malformed += 1;
      else if (outcome === null) outcomes.undetected.push(change);
      else {
        outcomes.named += 1;
        // The row SQLite now reads differently is the cable to name: the same words may stand in several
        // cables, and a hash is stored twice (as its cable's own, and as the next cable's link back to it).
        const changed = changedRowsOf(trialDb, pristine);
        if (changed.join() !== String(outcome.seq)) {
          outcomes.namedElsewhere.push(`${change}: named position ${outcome.seq}, changed ${changed.join()}`);
        }
      }
    }
    const detected = outcomes.named + outcomes.malformed;
    console.log(
      `tampering: detected ${detected} of ${trials} (${outcomes.named} named the cable whose row changed, ${outcomes.malformed} reported by SQLite as malformed; seed ${SEED})`,
    );
    expect(outcomes.undetected).toEqual([]);
    expect(detected).toBe(trials);
    expect(outcomes.namedElsewhere).toEqual([]);
  });
});

/** Verifies a flipped file: the fault that names a cable, SQLite refusing a malformed file, or null for nothing found. */
async function verifyFlipped(db: string): Promise<CableFault | 'malformed' | null> {
  try {
    const services = await openServices(db, keyFile);
    try {
      return (await verifyRegistry(services)).fault;
    } finally {
      await services.store.close();
    }
  } catch (error) {
    if (/malformed|corrupt|not a database/i.test((error as Error).message)) return 'malformed';
    throw error;
  }
}

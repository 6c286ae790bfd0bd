import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { verifyBeforeServing } from '../../src/services/integrity/verify-before-serving.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { reevaluateVerdicts } from '../../src/services/mandates/reevaluate-verdicts.js';
import { openServices } from '../../src/services/open-services.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';
import { openTestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/*
 * Issue 12, finding 4: every table that carries meaning is a projection verify
 * recomputes from the chain. Each case edits one table of the London 1945
 * registry in the file, as someone holding the file would, and verify must
 * fail naming the table and its row; a server must refuse to serve it.
 */

let work: string;
let base: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'plenipo-meaning-'));
  base = join(work, 'london.db');
  const registry = await openTestServices('london-1945');
  try {
    // A re-evaluation too, so that the verdicts table holds more than the verdicts given at registration.
    await reevaluateVerdicts(registry.services, 'stalin', 'london-1945');
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

async function verifyEdited(name: string, sql: string) {
  const db = join(work, `${name}.db`);
  copyFileSync(base, db);
  copyFileSync(`${base}.key`, `${db}.key`);
  const raw = new Database(db);
  const changed = raw.prepare(sql).run().changes;
  raw.close();
  expect(changed, `the edit ${sql} changed no row`).toBeGreaterThan(0);
  const services = await openServices(db);
  try {
    return {
      fault: (await verifyRegistry(services)).fault,
      refusal: await verifyBeforeServing(services),
      signing: await signRegistryHead(services).then(
        () => 'signed',
        (error: { code: string }) => error.code,
      ),
    };
  } finally {
    await services.store.close();
  }
}

describe('issue 12, finding 4: meaning edited in the database file beside the chain', {
  timeout: SLOW,
}, () => {
  it('verifies and serves the untouched registry', async () => {
    const services = await openServices(base);
    try {
      expect((await verifyRegistry(services)).fault).toBeNull();
      expect(await verifyBeforeServing(services)).toBeNull();
    } finally {
      await services.store.close();
    }
  });

  const EDITS: [what: string, sql: string, named: RegExp][] = [
    [
      "a directive's amendment moved in time (mandate_amendments)",
      "update mandate_amendments set effective_at = '1945-09-01T00:00:00Z' where cable_seq = (select max(cable_seq) from mandate_amendments)",
      /^mandate_amendments row '\d+'$/,
    ],
    [
      "a reported move's side changed (moves)",
      "update moves set side = 'theirs' where cable_seq = (select min(cable_seq) from moves) and side = 'ours'",
      /^moves row '\d+\/\d+'$/,
    ],
    [
      "a move's words changed (moves)",
      "update moves set move = replace(move, 'accept', 'reject') where move like '%accept%'",
      /^moves row '\d+\/\d+'$/,
    ],
    [
      'a verdict changed (verdicts)',
      `update verdicts set detail = replace(detail, '"verdict":"RED_LINE"', '"verdict":"WITHIN"') where detail like '%"verdict":"RED_LINE"%'`,
      /^verdicts row '\d+\/\d+'/,
    ],
    [
      'an older verdict made current (verdicts)',
      "update verdicts set current = 1 where reason = 'reported'",
      /^verdicts row '\d+\/\d+'/,
    ],
    [
      'an alert planted (alerts)',
      "insert into alerts (person_id, cable_seq, idx, verdict, precedence_rank, created_at) select 'stalin', cable_seq, idx, 'RED_LINE', 0, '1945-09-20T00:00:00Z' from moves limit 1",
      /^alerts row 'stalin\//,
    ],
    [
      'a link planted to pull a cable into a thread (cable_links)',
      'insert into cable_links (from_seq, to_seq) values (10, 3)',
      /^cable_links row '10->3'$/,
    ],
    [
      "a cable's issue tag removed (cable_issues)",
      'delete from cable_issues where cable_seq = (select min(cable_seq) from cable_issues)',
      /^cable_issues row '\d+\//,
    ],
    [
      'a word planted in the search index',
      "insert into cables_fts (rowid, subject, body) values (5, 'planted', 'a word the cable does not hold')",
      /^the full-text index$/,
    ],
    [
      "a conference's plan (conference_plans)",
      `update conference_plans set plan = replace(plan, '"stalin"', '"beria"')`,
      /^conference_plans row /,
    ],
    [
      'a membership (memberships)',
      "update memberships set until_at = '1945-09-12T00:00:00Z' where rowid = (select min(rowid) from memberships)",
      /^memberships row /,
    ],
    [
      'an admin flag (people.is_admin)',
      "update people set is_admin = 1 where id = 'molotov'",
      /^people row 'molotov'$/,
    ],
  ];
  for (const [what, sql, named] of EDITS) {
    it(`fails verify naming the row, refuses to serve and to sign, after ${what}`, async () => {
      const { fault, refusal, signing } = await verifyEdited(what.replaceAll(/\W+/g, '-'), sql);
      expect(fault?.number).toMatch(named);
      expect(fault?.fault).toBe('projection-mismatch');
      expect(refusal).toContain(fault!.number);
      expect(signing).toBe('registry-broken');
    });
  }
});

/**
 * The London 1945 example replayed end to end through the real services: the
 * mandates its directives set, the verdicts its reports' moves get, the alerts
 * Stalin receives, and the rules the example kept before it had mandates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cable,
  type Move,
  precedenceRank,
  type Verdict,
  type VerdictCode,
} from '../../src/core/index.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { viewDeadlines } from '../../src/services/deadlines/view-deadlines.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { listAlerts } from '../../src/services/mandates/list-alerts.js';
import { scopeOf } from '../../src/services/mandates/reader-scope.js';
import { viewMandate } from '../../src/services/mandates/view-mandate.js';
import { openServices } from '../../src/services/open-services.js';
import type { Services } from '../../src/services/services.js';
import { loadScenario } from '../load-scenario.js';
import { london1945 } from './index.js';
import { movesOf, ours, theirs } from './moves.js';

/**
 * Every verdict the example gives, and nothing else: the report (by key), the
 * move's place in it, the verdict, the clause that decided, and the directive
 * (by key) that clause comes from.
 */
const EXPECTED_VERDICTS: readonly [string, number, VerdictCode, string | null, string | null][] = [
  // September 11: France and China admitted to every treaty, against the Potsdam formula.
  ['L-01', 2, 'RED_LINE', 'keep-potsdam-participation', 'L-00a'],
  ['L-04', 0, 'WITHIN', 'recognise-as-they-are', 'L-00b'],
  ['L-08', 0, 'WITHIN', 'individual-trusteeship', 'L-07'],
  // Merchant-fleet bases only: below the warship calls L-07 released.
  ['L-08', 2, 'NEEDS_AUTHORITY', 'no-base-warship-calls', 'L-07'],
  ['L-15b', 0, 'WITHIN', 'potsdam-formula', 'L-00a'],
  ['L-19', 0, 'WITHIN', 'real-control-council', 'L-16b'],
  ['L-21', 0, 'WITHIN', 'real-control-council', 'L-16b'],
  ['L-28', 0, 'WITHIN', 'potsdam-formula', 'L-00a'],
  // The Austrian currency: no directive ever gave a mandate on it.
  ['L-28', 2, 'UNMANDATED', null, null],
  ['L-28', 3, 'UNMANDATED', null, null],
];

let dir: string;
let services: Services;
/** The example's cables in registry order, which is the scenario's order (after the organisation's setup entries). */
let cables: Cable[];
/** The setup entries that set up the organisation before the first cable. */
let setupEntries: Cable[];
const cableOf = (key: string): Cable => {
  const index = london1945.cables.findIndex((cable) => cable.key === key);
  if (index < 0) throw new Error(`no cable '${key}' in the example`);
  return cables[index]!;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenipo-london-1945-'));
  services = await openServices(join(dir, 'plenipo.db'));
  await loadScenario(services, london1945);
  cables = [];
  setupEntries = [];
  for await (const batch of services.store.registry.scan(100)) {
    for (const scanned of batch)
      (scanned.cable!.kind === 'setup' ? setupEntries : cables).push(scanned.cable!);
  }
});

afterAll(async () => {
  await services?.store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function currentVerdicts() {
  return services.store.mandates.verdictsOf(cables.map((cable) => cable.seq));
}

describe('the London 1945 example as data', () => {
  it('keeps its keys unique and its registration times in order', () => {
    const keys = london1945.cables.map((cable) => cable.key);
    expect(new Set(keys).size).toBe(keys.length);
    const times = london1945.cables.map((cable) => Date.parse(cable.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has mandates only from the principal, and moves only from members of the delegation', () => {
    const delegation = london1945.groups!.find((group) => group.id === 'delegation')!;
    const members = delegation.members!.map((member) => member.person);
    for (const cable of london1945.cables) {
      if (cable.payload?.type === 'mandate-amendment') {
        expect(cable.author, cable.key).toBe('stalin');
        expect(cable.kind, cable.key).toBe('directive');
      }
      if (cable.payload?.type === 'moves') {
        expect(members, `${cable.key} is written by ${cable.author}`).toContain(cable.author);
        expect(cable.kind, cable.key).toBe('report');
      }
    }
  });
});

describe('the example still keeps the rules it had before mandates', () => {
  it('registers at least 60 cables, all of them', () => {
    expect(cables.length).toBe(london1945.cables.length);
    expect(cables.length).toBeGreaterThanOrEqual(60);
  });

  it('keeps the cable of 6 December from Molotov while the Three read it', () => {
    const december6 = cableOf('M-13');
    expect(december6.registeredAt.startsWith('1945-12-06')).toBe(true);
    expect(december6.exclude).toEqual(['molotov']);
    expect(december6.captions).toEqual(['READ-OUT']);
    expect(december6.readers).not.toContain('molotov');
    expect(december6.readers).toEqual(expect.arrayContaining(['stalin', 'beria', 'malenkov', 'mikoyan']));
  });

  it('shows the EYES ONLY TASS digests to Stalin, Molotov and their author only', () => {
    const digests = cables.filter((cable) => cable.captions.includes('EYES ONLY'));
    expect(digests).toHaveLength(2);
    for (const digest of digests) {
      expect(digest.kind).toBe('digest');
      expect([...digest.readers].sort()).toEqual(['molotov', 'poskrebyshev', 'stalin']);
    }
  });

  it('verifies: every chain hash, signature and readers index holds', async () => {
    const result = await verifyRegistry(services);
    const all = setupEntries.length + cables.length;
    expect(result).toEqual({ checked: all, total: all, fault: null });
  });
});

describe('the mandates the directives set', () => {
  const history = async (issue: string, at: string) =>
    (await viewMandate(scopeOf(services, 'stalin'), 'london-1945', issue, at)).history.map(
      ({ directive }) => cables.find((cable) => cable.id === directive.cable)!.number,
    );

  it('draws each issue’s history from the directive cables, in order', async () => {
    const numbers = (...keys: string[]) => keys.map((key) => cableOf(key).number);
    const end = '1945-12-31T00:00:00Z';
    expect(await history('procedure-france-china', end)).toEqual(numbers('L-00a', 'L-14'));
    expect(await history('rumania', end)).toEqual(numbers('L-00b', 'L-02'));
    expect(await history('germany-demilitarization', end)).toEqual(numbers('L-14b', 'L-16'));
    expect(await history('japan-control-council', end)).toEqual(numbers('L-16b', 'M-05a'));
    expect(await history('austria-currency', end)).toEqual([]);
  });

  it('lets the delegation take no step on the German pact between the reprimand and Moscow’s answer', async () => {
    const { mandate } = await viewMandate(
      scopeOf(services, 'stalin'),
      'london-1945',
      'germany-demilitarization',
      '1945-09-22T12:00:00Z',
    );
    expect(mandate?.authority).toBe(-1);
    expect(mandate?.authorityFrom).toBe(cableOf('L-14b').id);
  });
});

describe('the deadlines the example tells of', () => {
  it('asks the Four for a shorthand record within five days (L-32), which no report in reply met', async () => {
    const deadlines = await viewDeadlines({ ...services, now: () => '1945-10-20T00:00:00Z' }, 'beria', {
      conference: 'london-1945',
    });
    expect(deadlines.map(({ stored, status }) => [stored.deadline.id, status.state, status.dueAt])).toEqual([
      ['stenographic-record', 'lapsed', '1945-10-17T20:00:00.000Z'],
    ]);
  });
});

describe('the verdicts on the moves reported', () => {
  it('flags the concession of September 11 as crossing the Potsdam participation rule of the eve', async () => {
    const concession = cableOf('L-01');
    const [verdict] = (await currentVerdicts()).filter((stored) => stored.cableSeq === concession.seq);
    expect(verdict?.idx).toBe(2);
    expect(verdict?.verdict).toMatchObject({
      verdict: 'RED_LINE',
      clause: { kind: 'red-line', id: 'keep-potsdam-participation' },
      directive: cableOf('L-00a').id,
      cites: [cableOf('L-00a').id],
    });
    expect(verdict?.verdict.explanation).toContain('keep-potsdam-participation');
  });

  it('gives every move of ours exactly the verdict in the table', async () => {
    const given = (await currentVerdicts()).map(({ cableSeq, idx, verdict }) => row(cableSeq, idx, verdict));
    expect(given).toEqual(EXPECTED_VERDICTS);
  });

  it('alerts Stalin to every verdict but WITHIN, at the report’s precedence, and no one else', async () => {
    const { alerts } = await listAlerts(services, 'stalin', false);
    for (const alert of alerts) {
      expect(alert.precedenceRank).toBe(precedenceRank(cableOf(keyOfId(alert.report.id)!).precedence));
    }
    const alerted = alerts.map((alert) => [keyOfId(alert.report.id), alert.idx, alert.verdict]).sort();
    const expected = EXPECTED_VERDICTS.filter(([, , code]) => code !== 'WITHIN')
      .map(([key, idx, code]) => [key, idx, code])
      .sort();
    expect(alerted).toEqual(expected);
    for (const person of ['molotov', 'vyshinsky', 'beria', 'pavlov']) {
      expect((await listAlerts(services, person, false)).alerts, person).toEqual([]);
    }
  });
});

/**
 * What the mandates of the example would say of moves the delegation never
 * made (the scenario's test cases 2, 3, 4, 6 and 7): reported now, after the
 * whole example, so every directive is in force.
 */
describe('the example’s mandates against moves never made', () => {
  /** Reports `moves` now and returns the report with the verdicts its moves of ours got. */
  async function report(...moves: Move[]): Promise<{ cable: Cable; verdicts: Verdict[] }> {
    const cable = await registerCable(services, 'molotov', {
      to: ['stalin'],
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'A move that was never made',
      issues: [...new Set(moves.map((move) => move.issue))],
      conference: 'london-1945',
      body: 'Hypothetical, for the test of the example.',
      payload: movesOf(...moves),
    });
    const verdicts = (await services.store.mandates.verdictsOf([cable.seq])).map((stored) => stored.verdict);
    return { cable, verdicts };
  }

  it('holds back the German pact alone, until the Americans move on a pact against Japan', async () => {
    const acceptPact = ours({
      issue: 'germany-demilitarization',
      type: 'acceptance',
      position: 'accept-pact',
      summary: 'Accepts the Byrnes pact on Germany with no pact against Japan',
    });
    const [alone] = (await report(acceptPact)).verdicts;
    expect(alone).toMatchObject({
      verdict: 'LINKAGE_UNMET',
      clause: { kind: 'linkage', id: 'japan-pact-first' },
      directive: cableOf('L-16').id,
    });
    // Only our own moves get verdicts: the one verdict is the second move's, and the first is its evidence.
    const afterJapan = await report(
      theirs({
        party: 'us',
        issue: 'japan-pact',
        type: 'acceptance',
        summary: 'Byrnes agrees to a pact on Japan first',
      }),
      acceptPact,
    );
    expect(afterJapan.verdicts).toEqual([
      expect.objectContaining({
        verdict: 'WITHIN',
        clause: { kind: 'ladder', id: 'accept-pact' },
        cites: [cableOf('L-14b').id, cableOf('L-16').id, afterJapan.cable.id],
      }),
    ]);
  });

  it('holds back a peace conference bought with procedure alone', async () => {
    const [verdict] = (
      await report(
        ours({
          issue: 'peace-conference',
          type: 'agreement',
          position: 'convene-conference',
          summary: 'Agrees to a peace conference in return for the Soviet procedure only',
        }),
      )
    ).verdicts;
    expect(verdict).toMatchObject({
      verdict: 'LINKAGE_UNMET',
      clause: { kind: 'linkage', id: 'conference-only-for-balkans-or-japan' },
      directive: cableOf('L-24b').id,
    });
  });

  it('makes a broadened Groza government and a US majority on Japan red lines', async () => {
    const [rumania, japan] = (
      await report(
        ours({
          issue: 'rumania',
          type: 'acceptance',
          position: 'broaden-on-western-terms',
          summary: 'Accepts a broadened Groza government on Western terms',
        }),
        ours({
          issue: 'japan-control-council',
          type: 'acceptance',
          decisionRule: 'majority',
          summary: 'Accepts a majority formula with the Americans always in the majority',
        }),
      )
    ).verdicts;
    expect(rumania).toMatchObject({ verdict: 'RED_LINE', clause: { id: 'no-concessions-on-rumania' } });
    expect(rumania?.directive).toBe(cableOf('L-02').id);
    expect(japan).toMatchObject({ verdict: 'RED_LINE', clause: { id: 'no-us-guaranteed-majority' } });
    expect(japan?.directive).toBe(cableOf('M-05a').id);
  });
});

function keyOfSeq(seq: number): string {
  return london1945.cables[cables.findIndex((cable) => cable.seq === seq)]!.key;
}

function keyOfId(id: string | null): string | null {
  if (id === null) return null;
  return london1945.cables[cables.findIndex((cable) => cable.id === id)]!.key;
}

/** A verdict as a row of the table above. */
function row(seq: number, idx: number, verdict: Verdict) {
  return [keyOfSeq(seq), idx, verdict.verdict, verdict.clause.id, keyOfId(verdict.directive)];
}

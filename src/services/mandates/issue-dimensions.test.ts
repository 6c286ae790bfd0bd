/**
 * Issue 11: an issue negotiated in several dimensions (Italian reparations:
 * the total and the years it is paid over). Directives amend one dimension's
 * mandate, a report's move states positions on one or more, its verdict is
 * the worst of theirs; verify recomputes it and an export carries it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { movesOf, ours } from '../../../scenarios/london-1945/moves.js';
import { organisation } from '../../../scenarios/london-1945/organisation.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import type { Cable, ConferencePlan, DomainError, MandateChange, Move } from '../../core/index.js';
import { SqliteDatabase } from '../../store/sqlite/sqlite-driver.js';
import { exportRegistry } from '../archive/export-registry.js';
import { importRegistry } from '../archive/import-registry.js';
import { registerCable } from '../cables/register-cable.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import { applySetupDocument } from '../organisation/apply-setup-document.js';
import { OPERATOR } from '../organisation/authority.js';
import type { Services } from '../services.js';
import { scopeOf } from './reader-scope.js';
import { checkProposedMove, viewMandate } from './view-mandate.js';

const ISSUE = 'italy-treaty';
const TOTAL = [
  {
    id: 'full-claim',
    label: '100 M$ or more',
    min: 100,
    max: 150,
    unit: 'million-usd',
    direction: 'more-is-better',
  },
  {
    id: 'reduced-claim',
    label: '80 to 99 M$',
    min: 80,
    max: 99,
    unit: 'million-usd',
    direction: 'more-is-better',
  },
] as const;
const PERIOD = [
  { id: 'six-years', label: 'over six years' },
  { id: 'seven-years', label: 'over seven years' },
];

/** The London plan with the Italian treaty's reparations negotiated in two dimensions. */
function withDimensions(plan: ConferencePlan): ConferencePlan {
  return {
    ...plan,
    issues: plan.issues.map((issue) =>
      issue.id === ISSUE
        ? {
            ...issue,
            dimensions: [
              { id: 'total', title: 'Reparations total' },
              { id: 'period', title: 'Years of payment' },
            ],
          }
        : issue,
    ),
  };
}

const concession = (dimensions: Move['dimensions']): Move =>
  ours({ issue: ISSUE, type: 'concession', summary: 'Reparations from Italy put forward', dimensions });

describe('an issue negotiated in several dimensions', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
    const london = organisation.conferences![0]!;
    await applySetupDocument({ ...registry.services, now: () => '1946-01-10T00:00:00Z' }, OPERATOR, {
      conferences: [{ ...london, plan: withDimensions(london.plan as ConferencePlan) }],
    });
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const at = (now: string): Services => ({ ...registry.services, now: () => now });
  const direct = (payload: Record<string, unknown>, now = '1946-01-11T09:00:00Z') =>
    registerCable(at(now), 'stalin', {
      to: ['molotov'],
      precedence: 'IMMEDIATE',
      classification: 'TOP SECRET',
      kind: 'directive',
      subject: 'Italian reparations',
      issues: [ISSUE],
      conference: 'london-1945',
      body: 'Claim the reparations as follows.',
      payload: { type: 'mandate-amendment', conference: 'london-1945', issue: ISSUE, ...payload },
    });
  const amend = (dimension: string, changes: MandateChange[]) => direct({ dimension, changes });
  const report = (moves: Move[]) =>
    registerCable(at('1946-01-12T18:00:00Z'), 'molotov', {
      to: ['stalin'],
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'Reparations from Italy',
      issues: [ISSUE],
      conference: 'london-1945',
      body: 'Put forward at the table.',
      payload: movesOf(...moves),
    });
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: DomainError) => ({ code: error.code, field: error.field }),
    );

  async function twoMandates(): Promise<Cable[]> {
    return [
      await amend('total', [{ op: 'set-ladder', ladder: [...TOTAL], authority: 'full-claim' }]),
      await amend('period', [{ op: 'set-ladder', ladder: PERIOD }]),
    ];
  }

  it('judges a reported move on each dimension, its verdict the worst, naming that dimension', async () => {
    const [total, period] = await twoMandates();
    const cable = await report([
      concession([
        { dimension: 'total', value: 100, unit: 'million-usd' },
        { dimension: 'period', position: 'seven-years' },
      ]),
    ]);
    const [stored] = await registry.services.store.mandates.verdictsOf([cable.seq]);
    expect(stored!.verdict).toMatchObject({
      verdict: 'NEEDS_AUTHORITY',
      dimension: 'period',
      directive: period!.id,
    });
    expect(stored!.verdict.dimensions?.map((d) => [d.dimension, d.verdict.verdict])).toEqual([
      ['total', 'WITHIN'],
      ['period', 'NEEDS_AUTHORITY'],
    ]);
    expect(stored!.verdict.cites).toEqual([total!.id, period!.id]);
    const view = await viewMandate(
      scopeOf(registry.services, 'stalin'),
      'london-1945',
      ISSUE,
      '1946-01-13T00:00:00Z',
    );
    // The example's directives on the treaty as a whole name no dimension: they keep their own mandate.
    expect(view.mandate?.dimension).toBeUndefined();
    expect(view.mandate?.directives).not.toContain(total!.id);
    expect(view.dimensions.map(({ dimension, mandate }) => [dimension.id, mandate?.authority])).toEqual([
      ['total', 0],
      ['period', 0],
    ]);
    const whatIf = await checkProposedMove(
      scopeOf(registry.services, 'molotov'),
      'london-1945',
      {
        issue: ISSUE,
        type: 'concession',
        summary: 'What if',
        dimensions: [{ dimension: 'period', position: 'six-years' }],
      },
      '1946-01-13T00:00:00Z',
    );
    expect(whatIf.verdict).toMatchObject({ verdict: 'WITHIN', dimension: 'period' });
    expect(whatIf.mandate).toMatchObject({ dimension: 'period' });
    // verify recomputes every verdict, dimensions and all, from the chain.
    expect((await verifyRegistry(registry.services, undefined, { workers: 0 })).fault).toBeNull();
  });

  it('refuses a dimension the issue does not have, naming the field, and registers nothing', async () => {
    const before = await registry.services.store.registry.count();
    expect(await refusal(amend('recipients', [{ op: 'set-ladder', ladder: PERIOD }]))).toEqual({
      code: 'invalid-input',
      field: 'payload.dimension',
    });
    expect(
      await refusal(direct({ issue: 'tripolitania', dimension: 'total', changes: [{ op: 'release-next' }] })),
    ).toEqual({ code: 'invalid-input', field: 'payload.dimension' });
    expect(await refusal(report([concession([{ dimension: 'total' }, { dimension: 'total' }])]))).toEqual({
      code: 'invalid-input',
      field: 'payload.moves[0].dimensions[1].dimension',
    });
    expect(await refusal(report([concession([{ dimension: 'form' }])]))).toEqual({
      code: 'invalid-input',
      field: 'payload.moves[0].dimensions[0].dimension',
    });
    expect(await registry.services.store.registry.count()).toBe(before);
  });

  it('an amendment to one dimension is checked against that dimension alone', async () => {
    await twoMandates();
    // 'full-claim' is a step of the total's ladder, not of the period's.
    expect(await refusal(amend('period', [{ op: 'release-to', position: 'full-claim' }]))).toEqual({
      code: 'invalid-input',
      field: 'payload.changes[0].position',
    });
    await expect(amend('total', [{ op: 'release-to', position: 'reduced-claim' }])).resolves.toBeTruthy();
  });

  it("verify finds a move's dimensions or an amendment's dimension edited in the index", async () => {
    const [total] = await twoMandates();
    const cable = await report([concession([{ dimension: 'total', value: 100, unit: 'million-usd' }])]);
    const raw = new SqliteDatabase(registry.db);
    try {
      raw.prepare('update moves set dimensions = ? where cable_seq = ?').run('period', cable.seq);
      expect((await verifyRegistry(registry.services, undefined, { workers: 0 })).fault).toMatchObject({
        fault: 'projection-mismatch',
      });
      raw.prepare('update moves set dimensions = ? where cable_seq = ?').run('total', cable.seq);
      raw
        .prepare('update mandate_amendments set dimension = ? where cable_seq = ?')
        .run('period', total!.seq);
      expect((await verifyRegistry(registry.services, undefined, { workers: 0 })).fault).toMatchObject({
        fault: 'projection-mismatch',
      });
    } finally {
      raw.close();
    }
  });

  it('an export carries the verdicts per dimension, and its import gives them back', async () => {
    await twoMandates();
    const cable = await report([concession([{ dimension: 'total', value: 90, unit: 'million-usd' }])]);
    const target = await openTestServices('empty', { keyFile: registry.keyFile });
    try {
      const lines: string[] = [];
      for await (const record of exportRegistry(registry.services, 'stalin'))
        lines.push(JSON.stringify(record));
      await importRegistry(
        target.services,
        (async function* () {
          yield* lines;
        })(),
      );
      const [imported] = await target.services.store.mandates.verdictsOf([cable.seq]);
      expect(imported!.verdict).toMatchObject({ verdict: 'NEEDS_AUTHORITY', dimension: 'total' });
      expect(imported).toEqual((await registry.services.store.mandates.verdictsOf([cable.seq]))[0]);
      expect((await verifyRegistry(target.services, undefined, { workers: 0 })).fault).toBeNull();
    } finally {
      await target.cleanup();
    }
  });
});

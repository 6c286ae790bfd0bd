import { describe, expect, it } from 'vitest';
import {
  addLinkage,
  addRedLine,
  agreementOn,
  aLinkage,
  allOf,
  aMandate,
  aNumericStep,
  anyOf,
  aRedLine,
  aStep,
  LONDON_1945,
  onRecord,
  ourMove,
  releaseNext,
  releaseTo,
  setLadder,
  theirMove,
  theyMoveOn,
  withdrawAuthority,
} from '../testing/mandate-factories.js';
import { checkMove } from './check-move.js';
import { emptyMandate, type Mandate } from './mandate.js';
import type { Move, RecordedMove } from './move.js';
import { severityOf, type VerdictCode, worstOf } from './verdict.js';

const LADDER = [aStep('individual-trusteeship'), aStep('warship-calls'), aStep('joint-trusteeship')];
const JAPAN_FIRST = aLinkage('japan-first', theyMoveOn('japan-pact', 'us'), { description: 'Japan first' });
const NO_MAJORITY = aRedLine(
  'no-majority',
  { type: 'decision-rule', forbids: ['majority'] },
  'Unanimity only',
);

function verdictOf(mandate: Mandate | null, move: Move, record: readonly RecordedMove[] = []) {
  return checkMove(mandate, move, LONDON_1945, record);
}

const at = (position: string, overrides: Partial<Move> = {}) =>
  ourMove({ position, type: 'concession', ...overrides });

describe('checkMove, the order of precedence', () => {
  // dir-1 draws the ladder at the opening; dir-2 adds an unmet linkage on every move and a red line.
  const mandate = aMandate(
    'tripolitania',
    [setLadder(LADDER)],
    [addLinkage(JAPAN_FIRST), addRedLine(NO_MAJORITY)],
  );

  it('gives RED_LINE over an unmet linkage and missing authority', () => {
    const verdict = verdictOf(mandate, at('joint-trusteeship', { decisionRule: 'majority' }));
    expect(verdict.verdict).toBe('RED_LINE');
    expect(verdict.clause).toEqual({ kind: 'red-line', id: 'no-majority' });
    expect(verdict.directive).toBe('dir-2');
  });

  it('gives LINKAGE_UNMET over missing authority', () => {
    const verdict = verdictOf(mandate, at('joint-trusteeship'));
    expect(verdict.verdict).toBe('LINKAGE_UNMET');
    expect(verdict.clause).toEqual({ kind: 'linkage', id: 'japan-first' });
  });

  it('gives NEEDS_AUTHORITY once the linkage is met but the step is beyond the authority', () => {
    const record = [onRecord('rep-7', theirMove({ issue: 'japan-pact', type: 'acceptance' }))];
    const verdict = verdictOf(mandate, at('joint-trusteeship'), record);
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
    expect(verdict.clause).toEqual({ kind: 'authority', id: 'individual-trusteeship' });
    expect(verdict.directive).toBe('dir-1');
    expect(verdict.cites).toEqual(['dir-1', 'dir-2', 'rep-7']);
  });

  it('gives WITHIN to a released step once the linkage is met', () => {
    const released = aMandate(
      'tripolitania',
      [setLadder(LADDER)],
      [addLinkage(JAPAN_FIRST)],
      [releaseNext()],
    );
    const record = [onRecord('rep-7', theirMove({ issue: 'japan-pact', type: 'agreement' }))];
    const verdict = verdictOf(released, at('warship-calls'), record);
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.clause).toEqual({ kind: 'ladder', id: 'warship-calls' });
    expect(verdict.directive).toBe('dir-3');
    expect(verdict.explanation).toContain("Step 2 of 3 ('warship calls') is released");
  });

  it('keeps a red line a red line when every step is released', () => {
    const allReleased = aMandate('tripolitania', [
      setLadder(LADDER, 'joint-trusteeship'),
      addRedLine(NO_MAJORITY),
    ]);
    expect(verdictOf(allReleased, at('individual-trusteeship', { decisionRule: 'majority' })).verdict).toBe(
      'RED_LINE',
    );
  });

  it('names the first red line crossed, in the order the directives drew them', () => {
    const two = aMandate(
      'tripolitania',
      [
        setLadder(LADDER),
        addRedLine(aRedLine('no-joint', { type: 'forbid-positions', positions: ['joint-trusteeship'] })),
      ],
      [addRedLine(NO_MAJORITY)],
    );
    const verdict = verdictOf(two, at('joint-trusteeship', { decisionRule: 'majority' }));
    expect(verdict.clause.id).toBe('no-joint');
    expect(verdict.directive).toBe('dir-1');
  });
});

describe('checkMove, moves that get no ladder verdict', () => {
  it('finds no mandate when no directive has spoken, or the mandate has no directive behind it', () => {
    expect(verdictOf(null, ourMove({ issue: 'austria-currency' }))).toEqual({
      verdict: 'UNMANDATED',
      clause: { kind: 'no-mandate', id: null },
      directive: null,
      explanation: 'No directive has given a mandate on austria-currency.',
      cites: [],
    });
    expect(verdictOf(emptyMandate('tripolitania'), ourMove()).verdict).toBe('UNMANDATED');
  });

  it('finds no mandate even for a rejection when no directive has spoken', () => {
    expect(verdictOf(null, ourMove({ type: 'rejection' })).verdict).toBe('UNMANDATED');
  });

  it('lets a rejection be WITHIN whatever red line, linkage or authority the mandate holds', () => {
    const strict = aMandate('tripolitania', [
      setLadder(LADDER),
      addLinkage(JAPAN_FIRST),
      addRedLine(NO_MAJORITY),
      withdrawAuthority(),
    ]);
    const verdict = verdictOf(
      strict,
      at('joint-trusteeship', { type: 'rejection', decisionRule: 'majority' }),
    );
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.clause).toEqual({ kind: 'ladder', id: null });
    expect(verdict.explanation).toBe('A rejection commits the delegation to nothing.');
    expect(verdict.cites).toEqual(['dir-1']);
  });

  it('refuses to judge the other side’s moves', () => {
    const mandate = aMandate('tripolitania', [setLadder(LADDER)]);
    expect(() => verdictOf(mandate, theirMove({ issue: 'tripolitania' }))).toThrow(TypeError);
  });

  it('takes a move that names neither a step nor a number to be at the opening', () => {
    const verdict = verdictOf(aMandate('tripolitania', [setLadder(LADDER)]), ourMove());
    expect(verdict.clause.id).toBe('individual-trusteeship');
    expect(verdict.verdict).toBe('WITHIN');
  });
});

describe('checkMove, authority', () => {
  it('names the step the delegation may reach alone, in words', () => {
    const verdict = verdictOf(
      aMandate('tripolitania', [setLadder(LADDER, 'warship-calls')]),
      at('joint-trusteeship'),
    );
    expect(verdict.explanation).toBe(
      "The move is step 3 of 3; the delegation may go alone only to 'warship calls'.",
    );
    expect(verdict.clause).toEqual({ kind: 'authority', id: 'warship-calls' });
  });

  it('says the delegation may not move at all once its authority is withdrawn, naming the withdrawing cable', () => {
    const withdrawn = aMandate('tripolitania', [setLadder(LADDER)], [withdrawAuthority()]);
    const verdict = verdictOf(withdrawn, at('individual-trusteeship'));
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
    expect(verdict.clause).toEqual({ kind: 'authority', id: null });
    expect(verdict.directive).toBe('dir-2');
    expect(verdict.explanation).toContain('may not move alone at all');
  });

  it('needs authority for a mandate of red lines only, which has no ladder to stand on', () => {
    const verdict = verdictOf(aMandate('rumania', [addRedLine(NO_MAJORITY)]), ourMove({ issue: 'rumania' }));
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
    expect(verdict.explanation).toContain('not a step of the ladder');
  });
});

describe('checkMove, numeric ladders', () => {
  // Reparations to us: more is better. Opening 10–12 billion, fallbacks 8–10 and 6–8; authority to 8–10.
  const reparations = aMandate('italy-treaty', [
    setLadder(
      [
        aNumericStep('full-claim', { min: 10, max: 12 }),
        aNumericStep('eight-to-ten', { min: 8, max: 10 }),
        aNumericStep('six-to-eight', { min: 6, max: 8 }),
      ],
      'eight-to-ten',
    ),
  ]);
  const claim = (value: number, unit?: string) => ourMove({ issue: 'italy-treaty', value, unit });

  it('places a value on the first step whose range it meets or betters, from the opening down', () => {
    expect(verdictOf(reparations, claim(11, 'billion-usd')).clause.id).toBe('full-claim');
    expect(verdictOf(reparations, claim(9, 'billion-usd')).clause.id).toBe('eight-to-ten');
    expect(verdictOf(reparations, claim(9, 'billion-usd')).verdict).toBe('WITHIN');
  });

  it('puts a value better than the opening on the opening', () => {
    const verdict = verdictOf(reparations, claim(20, 'billion-usd'));
    expect(verdict).toMatchObject({ verdict: 'WITHIN', clause: { id: 'full-claim' } });
  });

  it('needs authority for a released ladder’s further step, and for a value off the ladder', () => {
    expect(verdictOf(reparations, claim(7, 'billion-usd')).explanation).toContain('step 3 of 3');
    const off = verdictOf(reparations, claim(5, 'billion-usd'));
    expect(off.verdict).toBe('NEEDS_AUTHORITY');
    expect(off.explanation).toContain('not a step of the ladder');
  });

  it('takes a value in another unit to be off the ladder, and one with no unit in the ladder’s unit', () => {
    expect(verdictOf(reparations, claim(11, 'million-usd')).explanation).toContain(
      'not a step of the ladder',
    );
    expect(verdictOf(reparations, claim(11)).verdict).toBe('WITHIN');
  });

  // Days before Soviet citizens are handed over: less is better. 0–30, 30–60, 60–90; authority to 30–60.
  const repatriation = aMandate('repatriation', [
    setLadder(
      [
        aNumericStep('within-a-month', { min: 0, max: 30, unit: 'days', direction: 'less-is-better' }),
        aNumericStep('within-two-months', { min: 30, max: 60, unit: 'days', direction: 'less-is-better' }),
        aNumericStep('within-three-months', { min: 60, max: 90, unit: 'days', direction: 'less-is-better' }),
      ],
      'within-two-months',
    ),
  ]);
  const days = (value: number) => ourMove({ issue: 'repatriation', value, unit: 'days' });

  it('reads a less-is-better ladder the other way round', () => {
    expect(verdictOf(repatriation, days(0)).clause.id).toBe('within-a-month');
    expect(verdictOf(repatriation, days(45))).toMatchObject({
      verdict: 'WITHIN',
      clause: { id: 'within-two-months' },
    });
    expect(verdictOf(repatriation, days(75))).toMatchObject({
      verdict: 'NEEDS_AUTHORITY',
      clause: { id: 'within-two-months' },
    });
    expect(verdictOf(repatriation, days(120)).explanation).toContain('not a step of the ladder');
  });

  it('makes a value beyond a numeric bound a red line, in either direction', () => {
    const floor = aRedLine('never-below-six', {
      type: 'numeric-bound',
      bound: 6,
      unit: 'billion-usd',
      direction: 'more-is-better',
    });
    const withFloor = aMandate('italy-treaty', [setLadder([aNumericStep('full-claim')]), addRedLine(floor)]);
    expect(verdictOf(withFloor, claim(5.9, 'billion-usd')).verdict).toBe('RED_LINE');
    expect(verdictOf(withFloor, claim(5.9)).verdict).toBe('RED_LINE');
    expect(verdictOf(withFloor, claim(6, 'billion-usd')).verdict).toBe('NEEDS_AUTHORITY');
    expect(verdictOf(withFloor, claim(5.9, 'million-usd')).verdict).not.toBe('RED_LINE');

    const ceiling = aRedLine('never-beyond-ninety', {
      type: 'numeric-bound',
      bound: 90,
      unit: 'days',
      direction: 'less-is-better',
    });
    const withCeiling = aMandate('repatriation', [
      setLadder([aNumericStep('soon', { unit: 'days', direction: 'less-is-better', min: 0, max: 30 })]),
      addRedLine(ceiling),
    ]);
    expect(verdictOf(withCeiling, days(91)).verdict).toBe('RED_LINE');
    expect(verdictOf(withCeiling, days(90)).verdict).toBe('NEEDS_AUTHORITY');
  });
});

describe('checkMove, participation and decision rules', () => {
  const procedure = (rule: Parameters<typeof aRedLine>[1]) =>
    aMandate('procedure-france-china', [
      setLadder([aStep('potsdam-formula')]),
      addRedLine(aRedLine('rule', rule)),
    ]);
  const joins = (party: string, issues: string[]) =>
    ourMove({ issue: 'procedure-france-china', type: 'agreement', participation: [{ party, issues }] });

  it('catches the party a participation red line names, on its issues or on every issue', () => {
    const noChina = procedure({ type: 'participation', party: 'china', issues: ['finland-treaty'] });
    expect(verdictOf(noChina, joins('china', ['finland-treaty'])).verdict).toBe('RED_LINE');
    expect(verdictOf(noChina, joins('china', ['*'])).verdict).toBe('RED_LINE');
    expect(verdictOf(noChina, joins('china', ['italy-treaty'])).verdict).toBe('WITHIN');
    expect(verdictOf(noChina, joins('france', ['finland-treaty'])).verdict).toBe('WITHIN');
    const nowhere = procedure({ type: 'participation', party: 'china', issues: ['*'] });
    expect(verdictOf(nowhere, joins('china', ['balkans'])).verdict).toBe('RED_LINE');
  });

  it('holds parties to the conference’s procedural rules with keep-participation', () => {
    const potsdam = procedure({ type: 'keep-participation' });
    expect(verdictOf(potsdam, joins('france', ['italy-treaty'])).verdict).toBe('WITHIN');
    expect(verdictOf(potsdam, joins('france', ['hungary-treaty'])).verdict).toBe('RED_LINE');
    expect(verdictOf(potsdam, joins('us', ['finland-treaty'])).verdict).toBe('RED_LINE');
    expect(verdictOf(potsdam, joins('china', ['*'])).verdict).toBe('RED_LINE');
    // An item with no list of participants is open to all.
    expect(verdictOf(potsdam, joins('china', ['balkans'])).verdict).toBe('WITHIN');
  });

  it('forbids the ways of deciding a decision-rule red line names, and only those', () => {
    const council = aMandate('japan-control-council', [
      setLadder([aStep('unanimity')]),
      addRedLine(NO_MAJORITY),
    ]);
    const agree = (decisionRule: Move['decisionRule']) =>
      ourMove({ issue: 'japan-control-council', type: 'acceptance', decisionRule });
    expect(verdictOf(council, agree('majority')).verdict).toBe('RED_LINE');
    expect(verdictOf(council, agree('unanimity')).verdict).toBe('WITHIN');
    expect(verdictOf(council, agree('two-thirds')).verdict).toBe('WITHIN');
  });
});

describe('checkMove, linkages', () => {
  const linked = (condition: Parameters<typeof aLinkage>[1], positions?: string[]) =>
    aMandate('tripolitania', [
      setLadder(LADDER, 'joint-trusteeship'),
      addLinkage(aLinkage('linked', condition, positions === undefined ? {} : { positions })),
    ]);

  it('holds back only the steps a linkage names', () => {
    const mandate = linked(theyMoveOn('balkans'), ['joint-trusteeship']);
    expect(verdictOf(mandate, at('individual-trusteeship')).verdict).toBe('WITHIN');
    expect(verdictOf(mandate, at('warship-calls')).verdict).toBe('WITHIN');
    expect(verdictOf(mandate, at('joint-trusteeship')).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(mandate, at('condominium')).verdict).toBe('NEEDS_AUTHORITY');
  });

  it('holds back every committing move, even the opening, when it names no steps', () => {
    const mandate = linked(theyMoveOn('balkans'));
    expect(verdictOf(mandate, at('individual-trusteeship')).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(mandate, at('condominium')).verdict).toBe('LINKAGE_UNMET');
  });

  it('counts their concessions, acceptances and agreements, but not their proposals or rejections', () => {
    const mandate = linked(theyMoveOn('balkans'));
    for (const type of ['concession', 'acceptance', 'agreement'] as const) {
      expect(verdictOf(mandate, at('warship-calls'), [onRecord('rep-1', theirMove({ type }))]).verdict).toBe(
        'WITHIN',
      );
    }
    for (const type of ['proposal', 'rejection'] as const) {
      expect(verdictOf(mandate, at('warship-calls'), [onRecord('rep-1', theirMove({ type }))]).verdict).toBe(
        'LINKAGE_UNMET',
      );
    }
  });

  it('does not count our own concession on the other issue as theirs', () => {
    const ours = onRecord('rep-1', ourMove({ issue: 'balkans', type: 'concession' }));
    expect(verdictOf(linked(theyMoveOn('balkans')), at('warship-calls'), [ours]).verdict).toBe(
      'LINKAGE_UNMET',
    );
  });

  it('counts only the party a condition names', () => {
    const mandate = linked(theyMoveOn('balkans', 'us'));
    const british = onRecord('rep-1', theirMove({ party: 'uk' }));
    const american = onRecord('rep-2', theirMove({ party: 'us' }));
    expect(verdictOf(mandate, at('warship-calls'), [british]).verdict).toBe('LINKAGE_UNMET');
    expect(verdictOf(mandate, at('warship-calls'), [british, american]).cites).toEqual(['dir-1', 'rep-2']);
  });

  it('counts an agreement on the other issue whichever side reported it', () => {
    const agreed = onRecord('rep-1', ourMove({ issue: 'japan-pact', type: 'agreement' }));
    expect(verdictOf(linked(agreementOn('japan-pact')), at('warship-calls'), [agreed]).verdict).toBe(
      'WITHIN',
    );
    const conceded = onRecord('rep-2', theirMove({ issue: 'japan-pact', type: 'concession' }));
    expect(verdictOf(linked(agreementOn('japan-pact')), at('warship-calls'), [conceded]).verdict).toBe(
      'LINKAGE_UNMET',
    );
  });

  it('meets an `any` condition on either part, citing the cable that met it', () => {
    const mandate = linked(anyOf(theyMoveOn('balkans'), theyMoveOn('japan-control-council')));
    const balkans = onRecord('rep-balkans', theirMove({ issue: 'balkans' }));
    const japan = onRecord('rep-japan', theirMove({ issue: 'japan-control-council' }));
    expect(verdictOf(mandate, at('warship-calls'), [balkans])).toMatchObject({
      verdict: 'WITHIN',
      cites: ['dir-1', 'rep-balkans'],
    });
    expect(verdictOf(mandate, at('warship-calls'), [japan])).toMatchObject({
      verdict: 'WITHIN',
      cites: ['dir-1', 'rep-japan'],
    });
  });

  it('meets an `all` condition only on every part, citing each cable once', () => {
    const mandate = linked(
      allOf(theyMoveOn('balkans'), theyMoveOn('japan-control-council'), agreementOn('balkans')),
    );
    const balkans = onRecord('rep-balkans', theirMove({ issue: 'balkans', type: 'agreement' }));
    const japan = onRecord('rep-japan', theirMove({ issue: 'japan-control-council' }));
    expect(verdictOf(mandate, at('warship-calls'), [balkans]).verdict).toBe('LINKAGE_UNMET');
    const verdict = verdictOf(mandate, at('warship-calls'), [balkans, japan]);
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.cites).toEqual(['dir-1', 'rep-balkans', 'rep-japan']);
  });

  it('explains an unmet linkage by its id, its condition and its description', () => {
    const mandate = aMandate('tripolitania', [setLadder(LADDER), addLinkage(JAPAN_FIRST)]);
    expect(verdictOf(mandate, at('warship-calls')).explanation).toBe(
      "Held back by the linkage 'japan-first' until us moves on japan-pact: Japan first",
    );
  });
});

describe('checkMove, explanations', () => {
  it('explains a red line by its id and description, naming the directive that drew it', () => {
    const mandate = aMandate(
      'tripolitania',
      [setLadder(LADDER)],
      [addRedLine(NO_MAJORITY)],
      [releaseTo('joint-trusteeship')],
    );
    const verdict = verdictOf(mandate, at('warship-calls', { decisionRule: 'majority' }));
    expect(verdict.explanation).toBe("Crosses the red line 'no-majority': Unanimity only");
    expect(verdict.directive).toBe('dir-2');
    expect(verdict.cites).toEqual(['dir-1', 'dir-2', 'dir-3']);
  });
});

describe('severityOf and worstOf', () => {
  it('ranks verdicts from WITHIN to RED_LINE', () => {
    const ranked: VerdictCode[] = ['WITHIN', 'NEEDS_AUTHORITY', 'LINKAGE_UNMET', 'UNMANDATED', 'RED_LINE'];
    expect(ranked.map(severityOf)).toEqual([0, 1, 2, 3, 4]);
  });

  it('picks the worst of several verdicts, and none of none', () => {
    expect(worstOf(['WITHIN', 'RED_LINE', 'NEEDS_AUTHORITY'])).toBe('RED_LINE');
    expect(worstOf([])).toBeNull();
  });
});

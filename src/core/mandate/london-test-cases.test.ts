/**
 * The eight test cases of the London 1945 scenario (shared/scenario/london-1945.md
 * §Test cases), each held as plenipo would hold it: the conference plan,
 * directive cables carrying mandate amendments, the moves reported, and the
 * verdict `checkMove` gives against the mandate projected at the move's time.
 */
import { describe, expect, it } from 'vitest';
import {
  aDirective,
  addLinkage,
  addRedLine,
  aLinkage,
  anyOf,
  aRedLine,
  aStep,
  EUROPEAN_TREATIES,
  LONDON_1945,
  onRecord,
  ourMove,
  releaseNext,
  releaseTo,
  setLadder,
  theirMove,
  theyMoveOn,
} from '../testing/mandate-factories.js';
import { checkMove } from './check-move.js';
import type { Move, RecordedMove } from './move.js';
import { type DirectiveRecord, projectMandate } from './project-mandate.js';
import type { Verdict } from './verdict.js';

const BALKAN_AND_FINNISH_TREATIES = ['rumania-treaty', 'bulgaria-treaty', 'hungary-treaty', 'finland-treaty'];

/** Potsdam, August 1945: only the signatories of each armistice take part in its treaty. */
const POTSDAM = aDirective('dir-potsdam', '1945-08-02T12:00:00.000Z', 'procedure-france-china', [
  setLadder([aStep('potsdam-formula', 'Only the signatories of each armistice take part in its treaty')]),
  addRedLine(
    aRedLine(
      'keep-potsdam-participation',
      { type: 'keep-participation' },
      'No state joins a treaty whose armistice it did not sign (Potsdam formula)',
    ),
  ),
]);

/** L-14, Sept 21: no joint sessions of five on the Balkan and Finnish treaties. */
const SEPT_21 = aDirective('dir-sept-21', '1945-09-21T18:00:00.000Z', 'procedure-france-china', [
  addRedLine(
    aRedLine(
      'no-france-in-balkan-finnish',
      { type: 'participation', party: 'france', issues: BALKAN_AND_FINNISH_TREATIES },
      'France takes no part in the Balkan and Finnish treaties',
    ),
  ),
  addRedLine(
    aRedLine(
      'no-china-in-european-treaties',
      { type: 'participation', party: 'china', issues: [...EUROPEAN_TREATIES] },
      'China takes no part in the European treaties',
    ),
  ),
]);

/** L-02, Sept 12: stand firm, no concessions on Rumania. */
const SEPT_12 = aDirective('dir-sept-12', '1945-09-12T20:00:00.000Z', 'rumania', [
  setLadder([aStep('groza-as-is', 'Recognition of the Groza government as it is')]),
  addRedLine(
    aRedLine(
      'no-concessions-on-rumania',
      { type: 'forbid-positions', positions: ['broaden-groza-on-western-terms'] },
      'The Rumanians will hold firm; no concessions on Rumania',
    ),
  ),
]);

/** L-07, Sept 16: individual trusteeship; may give up a naval base, never the warships' calls. */
const SEPT_16 = aDirective('dir-sept-16', '1945-09-16T21:00:00.000Z', 'tripolitania', [
  setLadder(
    [
      aStep('individual-trusteeship', 'Individual Soviet trusteeship'),
      aStep('warship-calls', 'No naval base, but a limited number of Soviet warships may call'),
    ],
    'warship-calls',
  ),
]);

/** L-16, Sept 22: do not reject the German pact outright; only with or after an anti-Japan pact. */
const SEPT_22 = aDirective('dir-sept-22', '1945-09-22T19:00:00.000Z', 'germany-demilitarization', [
  setLadder([
    aStep('continue-talks', 'Do not reject the pact; continue talks without excessive zeal'),
    aStep('accept-pact', "Accept Byrnes's four-power pact"),
  ]),
  addLinkage(
    aLinkage('anti-japan-pact-first', theyMoveOn('japan-pact', 'us'), {
      positions: ['accept-pact'],
      description: 'First, or at the same time, an anti-Japan pact; without it no anti-German pact',
    }),
  ),
]);

/** A later answer from Moscow releasing the German pact, by release-next … */
const RELEASE_PACT = aDirective('dir-release-pact', '1945-09-25T09:00:00.000Z', 'germany-demilitarization', [
  releaseNext(),
]);
/** … or, to the same effect, by naming the step. */
const RELEASE_PACT_BY_NAME = aDirective(
  'dir-release-pact-by-name',
  '1945-09-25T09:00:00.000Z',
  'germany-demilitarization',
  [releaseTo('accept-pact')],
);

/** L-24 and the approved line of Sept 28: a deal only if the West gives way on the Balkans or Japan. */
const SEPT_27 = aDirective('dir-sept-27', '1945-09-27T22:00:00.000Z', 'peace-conference', [
  setLadder(
    [
      aStep('no-conference-yet', 'No peace conference before the treaties are drafted'),
      aStep('convene-conference', 'Agree to convene a peace conference'),
    ],
    'convene-conference',
  ),
  addLinkage(
    aLinkage(
      'deal-only-for-balkans-or-japan',
      anyOf(theyMoveOn('balkans'), theyMoveOn('japan-control-council')),
      {
        description: 'A deal only if the Americans give way on at least one of the Balkans or Japan',
      },
    ),
  ),
]);

/** M-05, Nov 4: unanimity and the right to suspend the commander; no formula with the US always in the majority. */
const NOV_4 = aDirective('dir-nov-4', '1945-11-04T16:00:00.000Z', 'japan-control-council', [
  setLadder([aStep('council-by-unanimity', 'A real Allied Control Council deciding by unanimity')]),
  addRedLine(
    aRedLine(
      'no-us-guaranteed-majority',
      { type: 'decision-rule', forbids: ['majority', 'two-thirds'] },
      'No voting formula that guarantees the US is always in the majority',
    ),
  ),
]);

const DIRECTIVES: DirectiveRecord[] = [POTSDAM, SEPT_12, SEPT_16, SEPT_21, SEPT_22, SEPT_27, NOV_4];

/** The verdict on a move at `at`, against the mandate the known directives give at that instant. */
function verdictOn(
  move: Move,
  at: string,
  record: readonly RecordedMove[] = [],
  directives: readonly DirectiveRecord[] = DIRECTIVES,
): Verdict {
  return checkMove(projectMandate(move.issue, directives, at), move, LONDON_1945, record);
}

/** L-01: Molotov agrees that France and China join the discussion of every treaty. */
const SEPT_11_AGREEMENT = ourMove({
  issue: 'procedure-france-china',
  type: 'agreement',
  session: 'cfm-1',
  participation: [
    { party: 'france', issues: [...EUROPEAN_TREATIES] },
    { party: 'china', issues: [...EUROPEAN_TREATIES] },
  ],
  summary: 'Agrees that France and China take part in discussing all peace treaties, without vote',
});

describe('London 1945, case 1: the agreement of September 11', () => {
  it('crosses the Potsdam participation rule, naming the clause and the Potsdam directive', () => {
    const verdict = verdictOn(SEPT_11_AGREEMENT, '1945-09-11T15:00:00.000Z');
    expect(verdict.verdict).toBe('RED_LINE');
    expect(verdict.clause).toEqual({ kind: 'red-line', id: 'keep-potsdam-participation' });
    expect(verdict.directive).toBe('dir-potsdam');
    expect(verdict.explanation).toContain('keep-potsdam-participation');
    expect(verdict.cites).toEqual(['dir-potsdam']);
  });

  it('crosses the red line of September 21 too, had only that directive been on file', () => {
    const verdict = verdictOn(SEPT_11_AGREEMENT, '1945-09-22T10:00:00.000Z', [], [SEPT_21]);
    expect(verdict.verdict).toBe('RED_LINE');
    expect(verdict.clause).toEqual({ kind: 'red-line', id: 'no-france-in-balkan-finnish' });
    expect(verdict.directive).toBe('dir-sept-21');
    expect(verdict.explanation).toContain('no-france-in-balkan-finnish');
  });

  it('keeps France in the Italian treaty alone within the Potsdam formula', () => {
    const move = ourMove({
      issue: 'procedure-france-china',
      type: 'agreement',
      position: 'potsdam-formula',
      participation: [{ party: 'france', issues: ['italy-treaty'] }],
      summary: 'France takes part in the Italian treaty',
    });
    expect(verdictOn(move, '1945-09-11T15:00:00.000Z').verdict).toBe('WITHIN');
  });

  it('gives the procedure mandate a history of the Potsdam cable and then the reprimand of September 21', () => {
    expect(
      projectMandate('procedure-france-china', DIRECTIVES, '1945-09-22T10:00:00.000Z')?.directives,
    ).toEqual(['dir-potsdam', 'dir-sept-21']);
  });
});

describe('London 1945, case 2: Rumania', () => {
  it('makes accepting a broadened Groza government on Western terms a red line', () => {
    const move = ourMove({
      issue: 'rumania',
      type: 'acceptance',
      position: 'broaden-groza-on-western-terms',
      summary: 'Accepts broadening the Groza government on Western terms',
    });
    const verdict = verdictOn(move, '1945-09-14T12:00:00.000Z');
    expect(verdict.verdict).toBe('RED_LINE');
    expect(verdict.clause.id).toBe('no-concessions-on-rumania');
    expect(verdict.directive).toBe('dir-sept-12');
  });
});

const ACCEPT_GERMAN_PACT = ourMove({
  issue: 'germany-demilitarization',
  type: 'agreement',
  position: 'accept-pact',
  summary: "Agrees to Byrnes's four-power pact on Germany",
});

/** A hypothetical report: Byrnes signals that the US agrees to an anti-Japan pact first. */
const US_AGREES_JAPAN_PACT = onRecord(
  'rep-us-japan-pact',
  theirMove({
    issue: 'japan-pact',
    party: 'us',
    type: 'acceptance',
    summary: 'Byrnes signals agreement to a pact against Japan first',
  }),
);

describe('London 1945, case 3: the German pact alone', () => {
  it('holds the pact back by the anti-Japan linkage while no anti-Japan pact is on the table', () => {
    const byrnesProposes = onRecord(
      'rep-sept-20',
      theirMove({ issue: 'germany-demilitarization', type: 'proposal', summary: 'Byrnes proposes the pact' }),
    );
    const verdict = verdictOn(ACCEPT_GERMAN_PACT, '1945-09-23T12:00:00.000Z', [byrnesProposes]);
    expect(verdict.verdict).toBe('LINKAGE_UNMET');
    expect(verdict.clause).toEqual({ kind: 'linkage', id: 'anti-japan-pact-first' });
    expect(verdict.directive).toBe('dir-sept-22');
    expect(verdict.explanation).toContain('anti-japan-pact-first');
  });
});

describe('London 1945, case 4: the German pact after the US signals an anti-Japan pact', () => {
  it('needs authority before Moscow answers, citing the report that met the linkage', () => {
    const verdict = verdictOn(ACCEPT_GERMAN_PACT, '1945-09-24T12:00:00.000Z', [US_AGREES_JAPAN_PACT]);
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
    expect(verdict.clause).toEqual({ kind: 'authority', id: 'continue-talks' });
    expect(verdict.directive).toBe('dir-sept-22');
    expect(verdict.cites).toEqual(['dir-sept-22', 'rep-us-japan-pact']);
  });

  it('is within once a directive releases the next step', () => {
    const directives = [...DIRECTIVES, RELEASE_PACT];
    const verdict = verdictOn(
      ACCEPT_GERMAN_PACT,
      '1945-09-26T12:00:00.000Z',
      [US_AGREES_JAPAN_PACT],
      directives,
    );
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.clause).toEqual({ kind: 'ladder', id: 'accept-pact' });
    expect(verdict.directive).toBe('dir-release-pact');
    expect(verdict.cites).toEqual(['dir-sept-22', 'dir-release-pact', 'rep-us-japan-pact']);
  });

  it('is within once a directive releases the pact by name', () => {
    const directives = [...DIRECTIVES, RELEASE_PACT_BY_NAME];
    const verdict = verdictOn(
      ACCEPT_GERMAN_PACT,
      '1945-09-26T12:00:00.000Z',
      [US_AGREES_JAPAN_PACT],
      directives,
    );
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.directive).toBe('dir-release-pact-by-name');
  });

  it('still needs authority for a move made before the releasing directive took effect', () => {
    const directives = [...DIRECTIVES, RELEASE_PACT];
    const verdict = verdictOn(
      ACCEPT_GERMAN_PACT,
      '1945-09-24T12:00:00.000Z',
      [US_AGREES_JAPAN_PACT],
      directives,
    );
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
  });
});

describe('London 1945, case 5: Tripolitania', () => {
  const at = '1945-09-17T12:00:00.000Z';

  it('lets the delegation give up the naval base while keeping the warships’ calls', () => {
    const move = ourMove({
      type: 'concession',
      position: 'warship-calls',
      summary: 'No base, but warship calls',
    });
    expect(verdictOn(move, at).verdict).toBe('WITHIN');
  });

  it('needs authority to drop the warship-call demand too, which is beyond the released ladder', () => {
    const move = ourMove({
      type: 'concession',
      position: 'merchant-fleet-only',
      summary: 'Speaks only of merchant-fleet bases, dropping the warship calls',
    });
    const verdict = verdictOn(move, at);
    expect(verdict.verdict).toBe('NEEDS_AUTHORITY');
    expect(verdict.clause).toEqual({ kind: 'authority', id: 'warship-calls' });
    expect(verdict.directive).toBe('dir-sept-16');
    expect(verdict.explanation).toContain('not a step of the ladder');
  });
});

describe('London 1945, case 6: the control council for Japan', () => {
  it('makes accepting a majority with the US always in it a red line', () => {
    const move = ourMove({
      issue: 'japan-control-council',
      type: 'acceptance',
      decisionRule: 'majority',
      summary: 'Accepts decisions by a majority of two or three, the US always in the majority',
    });
    const verdict = verdictOn(move, '1945-11-05T12:00:00.000Z');
    expect(verdict.verdict).toBe('RED_LINE');
    expect(verdict.clause).toEqual({ kind: 'red-line', id: 'no-us-guaranteed-majority' });
    expect(verdict.directive).toBe('dir-nov-4');
  });
});

describe('London 1945, case 7: the general line of September 28', () => {
  const at = '1945-09-28T12:00:00.000Z';
  const agreeToPeaceConference = ourMove({
    issue: 'peace-conference',
    type: 'agreement',
    position: 'convene-conference',
    summary: 'Agrees to convene a peace conference in exchange for the Soviet procedure',
  });
  /** L-23: Byrnes offers to accept the Soviet procedure if a peace conference is convened. */
  const byrnesOffer = [
    onRecord(
      'rep-sept-26',
      theirMove({
        issue: 'procedure-france-china',
        type: 'acceptance',
        summary: 'Accepts the Soviet procedure',
      }),
    ),
    onRecord(
      'rep-sept-26',
      theirMove({ issue: 'peace-conference', type: 'proposal', summary: 'Proposes a peace conference' }),
    ),
  ];

  it('holds back a deal for procedure only, as neither the Balkans nor Japan moved', () => {
    const verdict = verdictOn(agreeToPeaceConference, at, byrnesOffer);
    expect(verdict.verdict).toBe('LINKAGE_UNMET');
    expect(verdict.clause).toEqual({ kind: 'linkage', id: 'deal-only-for-balkans-or-japan' });
    expect(verdict.directive).toBe('dir-sept-27');
    expect(verdict.explanation).toContain('deal-only-for-balkans-or-japan');
  });

  it('would allow the deal had the Americans given way on Japan, citing that report', () => {
    const japan = onRecord(
      'rep-japan',
      theirMove({
        issue: 'japan-control-council',
        type: 'concession',
        summary: 'Agrees to a control council',
      }),
    );
    const verdict = verdictOn(agreeToPeaceConference, at, [...byrnesOffer, japan]);
    expect(verdict.verdict).toBe('WITHIN');
    expect(verdict.cites).toEqual(['dir-sept-27', 'rep-japan']);
  });
});

describe('London 1945, case 8: Austrian currency', () => {
  it('finds no mandate for a move on a currency no directive has spoken of', () => {
    const move = ourMove({
      issue: 'austria-currency',
      type: 'proposal',
      summary: 'Proposes speeding an Austrian currency rather than an Allied schilling',
    });
    const verdict = verdictOn(move, '1945-09-29T12:00:00.000Z');
    expect(verdict.verdict).toBe('UNMANDATED');
    expect(verdict.clause).toEqual({ kind: 'no-mandate', id: null });
    expect(verdict.directive).toBeNull();
  });
});

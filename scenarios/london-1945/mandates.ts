/**
 * The Soviet delegation's mandates for London, as the facts state them
 * (shared/scenario/london-1945.md §The Soviet delegation's mandate), each the
 * payload of the directive cable named in its comment. Stalin is the
 * conference's principal, so only his directives may carry them.
 */
import type { CablePayload, Condition, MandateAmendment, MandateChange } from '../../src/core/index.js';

const CONFERENCE = 'london-1945';

function amendmentOf(issue: string, changes: MandateChange[]): CablePayload {
  const amendment: MandateAmendment = { type: 'mandate-amendment', conference: CONFERENCE, issue, changes };
  return amendment;
}

/** The other side concedes, accepts or agrees on at least one of these issues. */
function theyGiveWayOn(...issues: string[]): Condition {
  return { type: 'any', of: issues.map((issue): Condition => ({ type: 'their-move', issue })) };
}

/** What counts as the West giving way on the Balkans or on Japan. */
const BALKANS_OR_JAPAN = theyGiveWayOn('balkans', 'rumania', 'bulgaria', 'japan-control-council', 'japan');

/** L-00a, the eve of the session: the Potsdam formula on who takes part in each treaty. */
export const potsdamFormula = amendmentOf('procedure-france-china', [
  {
    op: 'set-ladder',
    ladder: [
      {
        id: 'potsdam-formula',
        label:
          'Potsdam formula: a treaty is prepared by the states that signed the armistice with that country',
      },
    ],
  },
  {
    op: 'add-red-line',
    redLine: {
      id: 'keep-potsdam-participation',
      description:
        'No state joins a treaty whose armistice it did not sign: France the Italian treaty only, China none',
      rule: { type: 'keep-participation' },
    },
  },
]);

/** L-00b: the Groza government recognised as it stands, and nothing else without asking. */
export const recogniseRumania = amendmentOf('rumania', [
  {
    op: 'set-ladder',
    ladder: [{ id: 'recognise-as-they-are', label: 'Recognition of the Groza government as it stands' }],
  },
]);

/** L-00c: the same for Bulgaria. */
export const recogniseBulgaria = amendmentOf('bulgaria', [
  {
    op: 'set-ladder',
    ladder: [{ id: 'recognise-as-they-are', label: 'Recognition of the Bulgarian government as it stands' }],
  },
]);

/** L-02: no concessions on Rumania. */
export const noConcessionsOnRumania = amendmentOf('rumania', [
  {
    op: 'add-red-line',
    redLine: {
      id: 'no-concessions-on-rumania',
      description: 'Nothing is conceded on Rumania: no reshaping of the Groza government on Western terms',
      rule: { type: 'forbid-positions', positions: ['broaden-on-western-terms'] },
    },
  },
]);

/** L-03: no Italian treaty unless the Allies move on Rumania or Bulgaria. */
export const italyForTheBalkans = amendmentOf('italy-treaty', [
  {
    op: 'set-ladder',
    ladder: [
      { id: 'no-treaty-yet', label: 'Discuss the Italian treaty, agreeing to nothing yet' },
      { id: 'agree-treaty', label: 'Agree the peace treaty with Italy' },
    ],
    authority: 'agree-treaty',
  },
  {
    op: 'add-linkage',
    linkage: {
      id: 'italy-after-rumania-bulgaria',
      description: 'No Italian treaty unless the Allies move on Rumania or Bulgaria',
      positions: ['agree-treaty'],
      condition: theyGiveWayOn('rumania', 'bulgaria'),
    },
  },
]);

/** L-07: an individual trusteeship; the naval base may go, the warships' right to stay may not. */
export const tripolitaniaTrusteeship = amendmentOf('tripolitania', [
  {
    op: 'set-ladder',
    ladder: [
      {
        id: 'individual-trusteeship',
        label: 'Individual Soviet trusteeship over Tripolitania, with a naval base',
      },
      {
        id: 'no-base-warship-calls',
        label:
          'Individual Soviet trusteeship, no naval base, a limited number of Soviet warships free to stay in port',
      },
    ],
    authority: 'no-base-warship-calls',
  },
]);

/** L-14: the Potsdam formula again, spelt out for France and China, and no deciding by majority. */
export const potsdamReinforced = amendmentOf('procedure-france-china', [
  {
    op: 'add-red-line',
    redLine: {
      id: 'no-france-in-balkan-finnish',
      description: 'France takes no part in the Rumanian, Bulgarian, Hungarian and Finnish treaties',
      rule: {
        type: 'participation',
        party: 'france',
        issues: ['rumania-treaty', 'bulgaria-treaty', 'hungary-treaty', 'finland-treaty'],
      },
    },
  },
  {
    op: 'add-red-line',
    redLine: {
      id: 'no-china-in-european-treaties',
      description: 'China takes no part in any of the European peace treaties',
      rule: {
        type: 'participation',
        party: 'china',
        issues: ['italy-treaty', 'rumania-treaty', 'bulgaria-treaty', 'hungary-treaty', 'finland-treaty'],
      },
    },
  },
  {
    op: 'add-red-line',
    redLine: {
      id: 'no-majority-on-treaties',
      description: 'The treaties are not settled by a majority outvoting a minority',
      rule: { type: 'decision-rule', forbids: ['majority', 'two-thirds'] },
    },
  },
]);

/** L-14b: no initiative on the German pact until Moscow answers. */
export const noGermanInitiative = amendmentOf('germany-demilitarization', [
  {
    op: 'set-ladder',
    ladder: [{ id: 'continue-talks', label: 'Let the talks on the pact go on, with no initiative of ours' }],
  },
  { op: 'withdraw-authority' },
]);

/** L-16: Moscow's answer: the German pact only together with, or after, a pact against Japan. */
export const germanPactForJapanPact = amendmentOf('germany-demilitarization', [
  {
    op: 'set-ladder',
    ladder: [
      { id: 'continue-talks', label: 'Do not reject the pact; keep it under discussion' },
      { id: 'accept-pact', label: 'Accept the four-power pact on Germany' },
    ],
    authority: 'accept-pact',
  },
  {
    op: 'add-linkage',
    linkage: {
      id: 'japan-pact-first',
      description: 'A pact against Japan first, or both together; without it no pact against Germany',
      positions: ['accept-pact'],
      condition: { type: 'their-move', issue: 'japan-pact' },
    },
  },
]);

/** L-16b: a real control council for Japan with a Soviet part in it. */
export const japanCouncilOpening = amendmentOf('japan-control-council', [
  {
    op: 'set-ladder',
    ladder: [
      {
        id: 'real-control-council',
        label:
          'An Allied Control Council for Japan with a real Soviet part, ending the commander’s one-man rule',
      },
    ],
  },
]);

/** L-24: complete firmness; a deal only for ground given on the Balkans or on Japan. */
export const firmnessToTheEnd = amendmentOf('general', [
  {
    op: 'set-ladder',
    ladder: [
      { id: 'hold-firm', label: 'Hold firm, with no give-and-take; a session that fails is acceptable' },
      { id: 'deal', label: 'A settlement of the session’s questions with the Western powers' },
    ],
    authority: 'deal',
  },
  {
    op: 'add-linkage',
    linkage: {
      id: 'deal-only-for-balkans-or-japan',
      description: 'A deal only if the West gives way on the Balkans or on Japan, on one of the two at least',
      positions: ['deal'],
      condition: BALKANS_OR_JAPAN,
    },
  },
]);

/** L-24b: the same line for the peace conference Byrnes asked for in exchange for our procedure. */
export const peaceConferenceForBalkansOrJapan = amendmentOf('peace-conference', [
  {
    op: 'set-ladder',
    ladder: [
      {
        id: 'no-conference-yet',
        label: 'No peace conference until the states concerned have drafted the treaties',
      },
      { id: 'convene-conference', label: 'Agree to convene a peace conference' },
    ],
    authority: 'convene-conference',
  },
  {
    op: 'add-linkage',
    linkage: {
      id: 'conference-only-for-balkans-or-japan',
      description:
        'A peace conference only for ground given on the Balkans or on Japan, not for procedure alone',
      positions: ['convene-conference'],
      condition: BALKANS_OR_JAPAN,
    },
  },
]);

/** M-05a: unanimity and the right to suspend the commander; never a formula that keeps the US in the majority. */
export const japanCouncilUnanimity = amendmentOf('japan-control-council', [
  {
    op: 'set-ladder',
    ladder: [
      {
        id: 'unanimity-and-suspension',
        label:
          'A control council deciding by unanimity, the Soviet member able to suspend the commander’s orders',
      },
    ],
  },
  {
    op: 'add-red-line',
    redLine: {
      id: 'no-us-guaranteed-majority',
      description: 'No voting formula under which the Americans are always in the majority',
      rule: { type: 'decision-rule', forbids: ['majority', 'two-thirds'] },
    },
  },
]);

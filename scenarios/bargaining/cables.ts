import type { CablePayload, MandateAmendment, Move } from '../../src/core/index.js';
import type { ScenarioCable } from '../scenario.js';

const CONFERENCE = 'contract-2027';

function directive(issue: string, changes: MandateAmendment['changes']): CablePayload {
  const amendment: MandateAmendment = { type: 'mandate-amendment', conference: CONFERENCE, issue, changes };
  return amendment;
}

function report(...moves: Move[]): CablePayload {
  return { type: 'moves', conference: CONFERENCE, moves };
}

const percent = (id: string, label: string, value: number) => ({
  id,
  label,
  min: value,
  max: value,
  unit: '%',
  direction: 'more-is-better' as const,
});

/**
 * The executive's directives and the team's reports, in registration order.
 * The executive writes CONFIDENTIAL: the research analyst, cleared INTERNAL,
 * is left out of what goes to the team, and the author is told so.
 */
export const bargainingCables: readonly ScenarioCable[] = [
  {
    key: 'E-01',
    at: '2027-01-25T17:00:00Z',
    author: 'okafor',
    to: ['team'],
    info: ['executive'],
    precedence: 'PRIORITY',
    classification: 'CONFIDENTIAL',
    kind: 'directive',
    subject: 'Mandate on wages: open at 6%, settle no lower than 4.5% without us',
    issues: ['wages'],
    conference: CONFERENCE,
    body:
      'The board met tonight. Open at six per cent a year. You may come down to four and a half on ' +
      'your own judgement; below that you come back to us first. Three and a half is as far as the ' +
      'board is prepared to go, and only with a vote.',
    payload: directive('wages', [
      {
        op: 'set-ladder',
        ladder: [
          percent('open-6', 'Six per cent a year', 6),
          percent('fallback-4-5', 'Four and a half per cent a year', 4.5),
          percent('floor-3-5', 'Three and a half per cent a year', 3.5),
        ],
        authority: 'fallback-4-5',
      },
    ]),
  },
  {
    key: 'E-02',
    at: '2027-01-25T17:20:00Z',
    author: 'okafor',
    to: ['reyes'],
    info: ['executive'],
    precedence: 'PRIORITY',
    classification: 'CONFIDENTIAL',
    kind: 'directive',
    subject: 'Pay structure: one scale for everyone, no second tier',
    issues: ['pay-structure'],
    conference: CONFERENCE,
    body:
      'Whatever else moves, new hires are paid on the same scale as everyone else. A second tier ' +
      'for new hires is not to be agreed at any price.',
    payload: directive('pay-structure', [
      { op: 'set-ladder', ladder: [{ id: 'single-scale', label: 'One scale for every hire' }] },
      {
        op: 'add-red-line',
        redLine: {
          id: 'no-two-tier',
          description: 'No second, lower pay tier for new hires',
          rule: { type: 'forbid-positions', positions: ['two-tier'] },
        },
      },
    ]),
  },
  {
    key: 'E-03',
    at: '2027-01-25T17:40:00Z',
    author: 'okafor',
    to: ['reyes'],
    info: ['executive'],
    precedence: 'ROUTINE',
    classification: 'CONFIDENTIAL',
    kind: 'directive',
    subject: 'Contract term: three years; four only with a cost-of-living clause',
    issues: ['contract-term'],
    conference: CONFERENCE,
    body:
      'Ask for three years. A fourth year locks members in while prices move, so offer it only ' +
      'once the Authority has agreed a cost-of-living adjustment.',
    payload: directive('contract-term', [
      {
        op: 'set-ladder',
        ladder: [
          { id: 'three-years', label: 'Three years' },
          { id: 'four-years', label: 'Four years' },
        ],
        authority: 'four-years',
      },
      {
        op: 'add-linkage',
        linkage: {
          id: 'longer-term-needs-cola',
          description: 'A four-year term only with a cost-of-living clause agreed',
          positions: ['four-years'],
          condition: { type: 'agreement', issue: 'cost-of-living' },
        },
      },
    ]),
  },
  {
    key: 'T-01',
    at: '2027-02-03T23:00:00Z',
    author: 'reyes',
    to: ['okafor'],
    info: ['executive'],
    precedence: 'PRIORITY',
    classification: 'CONFIDENTIAL',
    kind: 'report',
    subject: 'First session: they offer 2% and a new-hire tier',
    issues: ['wages', 'pay-structure'],
    conference: CONFERENCE,
    body:
      'We opened at six. The Authority answered with two per cent a year and a separate, lower scale ' +
      'for everyone hired after ratification. We rejected the tier on the spot.',
    payload: report(
      {
        issue: 'wages',
        side: 'ours',
        type: 'proposal',
        session: 's-2027-02-03',
        value: 6,
        unit: '%',
        summary: 'We open at 6% a year',
      },
      {
        issue: 'wages',
        side: 'theirs',
        type: 'proposal',
        party: 'employer',
        session: 's-2027-02-03',
        value: 2,
        unit: '%',
        summary: 'They offer 2% a year',
      },
      {
        issue: 'pay-structure',
        side: 'theirs',
        type: 'proposal',
        party: 'employer',
        session: 's-2027-02-03',
        position: 'two-tier',
        summary: 'They propose a lower scale for new hires',
      },
      {
        issue: 'pay-structure',
        side: 'ours',
        type: 'rejection',
        session: 's-2027-02-03',
        position: 'two-tier',
        summary: 'We reject the second tier',
      },
    ),
  },
  {
    key: 'T-02',
    at: '2027-02-17T22:30:00Z',
    author: 'reyes',
    to: ['okafor'],
    info: ['executive'],
    precedence: 'IMMEDIATE',
    classification: 'CONFIDENTIAL',
    kind: 'report',
    subject: 'Second session: we are at 4.5%; I offered four years',
    issues: ['wages', 'contract-term'],
    conference: CONFERENCE,
    body:
      'We came down to four and a half. To get movement I floated a four-year term; they have not ' +
      'said a word about a cost-of-living clause yet.',
    payload: report(
      {
        issue: 'wages',
        side: 'ours',
        type: 'concession',
        session: 's-2027-02-17',
        value: 4.5,
        unit: '%',
        summary: 'We come down to 4.5% a year',
      },
      {
        issue: 'contract-term',
        side: 'ours',
        type: 'concession',
        session: 's-2027-02-17',
        position: 'four-years',
        summary: 'We float a four-year term',
      },
    ),
  },
  {
    key: 'T-03',
    at: '2027-03-03T23:10:00Z',
    author: 'reyes',
    to: ['okafor'],
    info: ['executive'],
    precedence: 'IMMEDIATE',
    classification: 'CONFIDENTIAL',
    kind: 'report',
    subject: 'Third session: I said we could look at 4%',
    issues: ['wages'],
    conference: CONFERENCE,
    body:
      'They moved to three per cent. I told them we could look at four if the term stays at three ' +
      'years. I need the board to back that or pull me back before the strike vote on the 20th.',
    payload: report(
      {
        issue: 'wages',
        side: 'theirs',
        type: 'concession',
        party: 'employer',
        session: 's-2027-03-03',
        value: 3,
        unit: '%',
        summary: 'They move to 3% a year',
      },
      {
        issue: 'wages',
        side: 'ours',
        type: 'concession',
        session: 's-2027-03-03',
        value: 4,
        unit: '%',
        summary: 'We signal 4% a year',
      },
    ),
  },
  {
    key: 'T-03b',
    at: '2027-03-04T08:00:00Z',
    author: 'reyes',
    to: ['okafor'],
    info: ['executive'],
    precedence: 'PRIORITY',
    classification: 'CONFIDENTIAL',
    kind: 'query',
    subject: 'The board’s answer on 4%, before the strike vote',
    issues: ['wages'],
    conference: CONFERENCE,
    refs: ['T-03'],
    body:
      'The members vote on the 20th. I need the board to back four per cent, or to pull me back, ' +
      'before the hall meets.',
    // The strike vote is the date the whole negotiation runs against (issue 11).
    payload: {
      type: 'deadlines',
      conference: CONFERENCE,
      deadlines: [
        {
          id: 'board-answer-before-strike-vote',
          description: 'The board backs 4% or pulls the delegation back, before the strike vote',
          issue: 'wages',
          due: { type: 'at', at: '2027-03-20T00:00:00Z' },
          meets: { type: 'reply' },
          actors: ['okafor'],
          notify: ['reyes'],
          warn: [{ days: 7 }, { days: 1 }],
        },
      ],
    },
  },
];

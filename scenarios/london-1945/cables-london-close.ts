import type { ScenarioCable } from '../scenario.js';
import { movesOf, ours, theirs } from './moves.js';

/** The London session, 28 September – 5 October 1945: Austria, the last clashes, the closing circular. */
export const cablesLondonClose: readonly ScenarioCable[] = [
  {
    key: 'L-26',
    at: '1945-09-28T20:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'ROUTINE',
    classification: 'TOP SECRET',
    kind: 'proposal',
    subject: 'Proposal: publish facts on Soviet citizens held in the West',
    issues: ['repatriation'],
    conference: 'london-1945',
    body:
      'I propose that our press print the scandalous cases of Soviet people whom the Americans and ' +
      'others still detain. It would sting them. Request your decision.',
  },
  {
    key: 'L-27a',
    at: '1945-09-29T07:30:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'query',
    subject: 'Austria: what of the "Allied schilling"?',
    issues: ['austria-currency'],
    conference: 'london-1945',
    body:
      'The Western side wants the Reichsmark in Austria replaced by an "Allied schilling". ' +
      'What do you think of it?',
  },
  {
    key: 'L-27b',
    at: '1945-09-29T17:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'reply',
    subject: 'Allied schilling: undesirable; hasten an Austrian currency',
    issues: ['austria-currency'],
    conference: 'london-1945',
    inReplyTo: 'L-27a',
    body:
      'An Allied schilling is not desirable: it would leave us dependent on the others in Austria. ' +
      'Better to hurry the introduction of a currency of Austria’s own.',
  },
  {
    key: 'L-28',
    at: '1945-09-30T20:30:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Clash with Bevin over a comparison with Hitler; Austrian currency',
    issues: ['procedure-france-china', 'austria-currency'],
    conference: 'london-1945',
    refs: ['L-15b', 'L-27b'],
    body:
      'I argued that a decision lapses once any member of the Council stands back from it, with ' +
      'September 11 in mind. Bevin likened this method to the methods of Hitler. I said I would ' +
      'leave unless he took the words back. Bevin apologised. On Austria I came out against an ' +
      '"Allied schilling" and for giving the country its own currency soon.',
    payload: movesOf(
      ours({
        issue: 'procedure-france-china',
        type: 'proposal',
        position: 'potsdam-formula',
        decisionRule: 'unanimity',
        summary:
          'Molotov argues that a decision of the Council falls once any member withdraws from it, with ' +
          'September 11 in view',
      }),
      theirs({
        issue: 'austria-currency',
        type: 'proposal',
        summary: 'The Western side wants an Allied schilling to replace the Reichsmark in Austria',
      }),
      // No directive has ever spoken of the Austrian currency: L-27a only asked for an opinion.
      ours({
        issue: 'austria-currency',
        type: 'rejection',
        summary: 'Molotov speaks against the Allied schilling',
      }),
      ours({
        issue: 'austria-currency',
        type: 'proposal',
        summary: 'Molotov proposes that Austria be given a currency of its own without delay',
      }),
    ),
  },
  {
    key: 'L-29',
    at: '1945-10-02T13:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'September 11 decision: Byrnes and Bevin refuse again',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    body:
      'Byrnes and Bevin declined once more to reconsider what was decided on September 11. ' +
      'I expect them to make an anti-Soviet démarche.',
    payload: movesOf(
      theirs({
        party: 'us',
        issue: 'procedure-france-china',
        type: 'rejection',
        session: 's-1945-10-02',
        summary: 'Byrnes again refuses to reopen the decision of September 11',
      }),
      theirs({
        party: 'uk',
        issue: 'procedure-france-china',
        type: 'rejection',
        session: 's-1945-10-02',
        summary: 'Bevin refuses as well',
      }),
    ),
  },
  {
    key: 'L-30a',
    at: '1945-10-02T19:00:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'approval',
    subject: 'Your position confirmed; take it calmly',
    issues: ['general'],
    conference: 'london-1945',
    inReplyTo: 'L-29',
    body: 'Your position stands confirmed. Take it calmly. We lose nothing by this; they do.',
  },
  {
    key: 'L-30b',
    at: '1945-10-03T10:00:00Z',
    author: 'gusev',
    to: ['stalin'],
    info: ['molotov', 'vyshinsky'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'report',
    subject: 'Session of the Council closed without a communiqué',
    issues: ['general'],
    conference: 'london-1945',
    body:
      'The first session of the Council of Foreign Ministers has come to an end. ' +
      'No final communiqué was issued.',
  },
  {
    key: 'L-31',
    at: '1945-10-05T12:00:00Z',
    author: 'molotov',
    to: ['missions'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'circular',
    subject: 'Circular: outcome of the London session',
    issues: ['general'],
    conference: 'london-1945',
    refs: ['L-30b'],
    body:
      'To heads of mission. The London session of the Council has closed. Its outcome is that the ' +
      'attack which American and British quarters mounted on what the Soviet Union won in the war ' +
      'has failed.',
  },
];

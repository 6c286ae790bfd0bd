import type { ScenarioCable } from '../scenario.js';
import {
  germanPactForJapanPact,
  japanCouncilOpening,
  noGermanInitiative,
  potsdamReinforced,
} from './mandates.js';
import { movesOf, ours, theirs } from './moves.js';

/** The London session, 20–22 September 1945: the reprimands, the sharp turn, the German pact. */
export const cablesLondonTurn: readonly ScenarioCable[] = [
  {
    key: 'L-10',
    at: '1945-09-20T06:30:00Z',
    author: 'stalin',
    to: ['molotov'],
    via: 'vyshinsky',
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'reprimand',
    subject: 'France and China in the Finnish and Balkan treaties: not admissible',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    refs: ['L-01'],
    body:
      'Your attention is drawn to the part France and China are taking in the discussion of the ' +
      'Finnish and Balkan treaties. This cannot be allowed. Act accordingly.',
  },
  {
    key: 'L-11',
    at: '1945-09-20T17:45:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'reply',
    subject: 'Participation of France and China: your instruction accepted',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    inReplyTo: 'L-10',
    body:
      'I accept that the instruction is right. On September 11 I gave my consent because the point ' +
      'looked unimportant and Bevin and Byrnes pressed hard for it.',
  },
  {
    key: 'L-12',
    at: '1945-09-20T21:30:00Z',
    author: 'pavlov',
    to: ['vyshinsky'],
    info: ['stalin', 'molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Session record: Byrnes proposes a treaty to keep Germany disarmed',
    issues: ['germany-demilitarization'],
    conference: 'london-1945',
    body:
      'From the record of the sitting. Byrnes put forward a treaty of the four powers that would keep ' +
      'Germany demilitarised for twenty to twenty-five years. Comrade Molotov will report his view ' +
      'separately.',
    payload: movesOf(
      theirs({
        party: 'us',
        issue: 'germany-demilitarization',
        type: 'proposal',
        session: 's-1945-09-20',
        position: 'accept-pact',
        summary:
          'Byrnes proposes a four-power treaty keeping Germany demilitarised for twenty to twenty-five years',
      }),
    ),
  },
  {
    key: 'L-13',
    at: '1945-09-21T09:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'proposal',
    subject: 'German pact: support it coolly, in return for the Balkans?',
    issues: ['germany-demilitarization', 'balkans'],
    conference: 'london-1945',
    refs: ['L-12'],
    body:
      'On the Byrnes treaty for German demilitarisation I suggest we support it, but without ' +
      'excessive zeal. It would be acceptable to us only if the Americans come towards us on the ' +
      'Balkans. In the meantime I propose to keep the talks going. Request your approval.',
  },
  {
    key: 'L-14',
    at: '1945-09-21T20:00:00Z',
    author: 'stalin',
    alias: 'Instantsiia',
    to: ['molotov'],
    via: 'vyshinsky',
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    // A reprimand and a directive in one (facts: L-14); the directive is what the mandate keeps.
    kind: 'directive',
    subject: 'Hold to Potsdam on who takes part; no initiatives on the German pact',
    issues: ['procedure-france-china', 'germany-demilitarization'],
    conference: 'london-1945',
    inReplyTo: 'L-13',
    refs: ['L-01', 'L-10', 'L-11'],
    body:
      'You are to keep strictly to the Potsdam decision: each treaty is discussed by the states ' +
      'concerned and no others. With your connivance the Anglo-Saxons have drawn the Chinese and ' +
      'the French in, and now they speak of a majority and a minority. Take no further initiative ' +
      'on the German pact. Moscow will send you its answer on that.',
    payload: potsdamReinforced,
  },
  {
    key: 'L-14b',
    at: '1945-09-21T20:05:00Z',
    author: 'stalin',
    alias: 'Instantsiia',
    to: ['molotov'],
    via: 'vyshinsky',
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'German pact: nothing on your own initiative until Moscow answers',
    issues: ['germany-demilitarization'],
    conference: 'london-1945',
    inReplyTo: 'L-13',
    refs: ['L-12', 'L-14'],
    body:
      'To the cable just sent, on the German pact. Make no move of your own on it at the table, ' +
      'neither a proposal nor a consent, and wait for the answer from Moscow.',
    payload: noGermanInitiative,
  },
  {
    key: 'L-15a',
    at: '1945-09-22T08:30:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reply',
    subject: 'Participation: a grave oversight; the course will change',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    inReplyTo: 'L-14',
    body:
      'I admit a grave oversight on my part. I shall now insist that joint sittings of the five ' +
      'ministers on these treaties cease. At the table this will be a sharp turn.',
  },
  {
    key: 'L-15b',
    at: '1945-09-22T19:40:00Z',
    author: 'molotov',
    to: ['stalin'],
    info: ['vyshinsky'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Council told the "mistake of September 11" has to be put right',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    refs: ['L-01', 'L-15a'],
    body:
      'At the Council today I stated that the "mistake of September 11" has to be put right. ' +
      'Until then I cannot take part in discussing the peace treaties.',
    payload: movesOf(
      ours({
        issue: 'procedure-france-china',
        type: 'proposal',
        session: 's-1945-09-22',
        position: 'potsdam-formula',
        summary:
          'Molotov tells the Council that the mistake of September 11 must be put right before he discusses ' +
          'the treaties further',
      }),
    ),
  },
  {
    key: 'L-16',
    at: '1945-09-22T21:45:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'German pact: only with a pact against Japan; raise the Japan council again',
    issues: ['germany-demilitarization', 'japan-control-council'],
    conference: 'london-1945',
    inReplyTo: 'L-13',
    refs: ['L-12', 'L-14'],
    body:
      'The Byrnes pact has four purposes: to draw our eyes away from the Far East, to give America ' +
      'a part in Europe equal to ours, to cheapen our treaties of alliance, and to cut the ground ' +
      'from under those still to come. An outright refusal is awkward, so tie it: a pact against ' +
      'Japan first, or both together; without that, no pact against Germany. Put the Allied Control ' +
      'Council for Japan on the table once more. The single-handed rule of MacArthur must end.',
    payload: germanPactForJapanPact,
  },
  {
    key: 'L-16b',
    at: '1945-09-22T21:50:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'Japan: what we want of a control council',
    issues: ['japan-control-council'],
    conference: 'london-1945',
    refs: ['L-16'],
    body:
      'Further to the cable on the pact. When you raise the control council for Japan again, the aim ' +
      'is a council in which the Soviet Union has a real voice, in place of MacArthur governing by himself.',
    payload: japanCouncilOpening,
  },
];

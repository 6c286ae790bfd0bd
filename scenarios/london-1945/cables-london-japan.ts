import type { ScenarioCable } from '../scenario.js';
import { firmnessToTheEnd, peaceConferenceForBalkansOrJapan } from './mandates.js';
import { movesOf, ours, theirs } from './moves.js';

/** The London session, 22–28 September 1945: Truman and Attlee write, Japan, the Byrnes offer, firmness. */
export const cablesLondonJapan: readonly ScenarioCable[] = [
  {
    key: 'L-17a',
    at: '1945-09-22T23:30:00Z',
    author: 'poskrebyshev',
    to: ['stalin'],
    info: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'note',
    subject: 'Personal message from Truman received',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    body:
      'A personal message from President Truman to Comrade Stalin has come in. Truman asks that ' +
      'Molotov be "returned" to the work of the Council and that France and China go on taking part ' +
      'as before. Copy to Comrade Molotov.',
  },
  {
    key: 'L-17b',
    at: '1945-09-23T10:00:00Z',
    author: 'poskrebyshev',
    to: ['stalin'],
    info: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'note',
    subject: 'Message from Attlee received',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    refs: ['L-17a'],
    body:
      'A message from Prime Minister Attlee to Comrade Stalin has come in. He makes the same two ' +
      'requests as Truman: Molotov back at the work of the Council, and French and Chinese ' +
      'participation to continue. Copy to Comrade Molotov.',
  },
  {
    key: 'L-18a',
    at: '1945-09-23T14:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'proposal',
    subject: 'Truman message: a line for the reply',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    inReplyTo: 'L-17a',
    refs: ['L-17b'],
    body:
      'The Truman message smells of panic. I suggest the reply say that the Council is at work, ' +
      'but that the departure from the Potsdam decisions must first be removed. Your decision, please.',
  },
  {
    key: 'L-18b',
    at: '1945-09-23T21:00:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'approval',
    subject: 'Reply to Truman sent on your line',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    inReplyTo: 'L-18a',
    body:
      'Truman has been answered along the lines you proposed: the Council works, and the lapse from ' +
      'Potsdam has to be removed. The reply reads as given after consulting you.',
  },
  {
    key: 'L-19',
    at: '1945-09-25T18:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Americans keep the Japan council off the agenda',
    issues: ['japan-control-council'],
    conference: 'london-1945',
    body:
      'The Americans, with the British behind them, kept the question of a control council for Japan ' +
      'off the agenda. I suggest you write to Truman about it directly.',
    payload: movesOf(
      ours({
        issue: 'japan-control-council',
        type: 'proposal',
        position: 'real-control-council',
        summary: 'Molotov asks for a control council for Japan to be put on the agenda',
      }),
      theirs({
        party: 'us',
        issue: 'japan-control-council',
        type: 'rejection',
        summary: 'The Americans keep the Japan council off the agenda',
      }),
      theirs({
        party: 'uk',
        issue: 'japan-control-council',
        type: 'rejection',
        summary: 'The British side with the Americans',
      }),
    ),
  },
  {
    key: 'L-20',
    at: '1945-09-26T07:00:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Japan: no letter to Truman; hint at withdrawal and at the gold',
    issues: ['japan-control-council'],
    conference: 'london-1945',
    inReplyTo: 'L-19',
    refs: ['L-16'],
    body:
      'I shall not write to Truman. That the Allies will not even hear us on Japan is impudence. ' +
      'Let them understand that we may call our people home from Japan. Hint as well that the ' +
      'Americans, with the British looking on, have laid hands on the gold reserve of Japan, ' +
      'one to two billion dollars.',
  },
  {
    key: 'L-23',
    at: '1945-09-26T20:30:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Byrnes offers our procedure in exchange for a peace conference',
    issues: ['procedure-france-china', 'peace-conference'],
    conference: 'london-1945',
    body:
      'Byrnes made an offer today: he would accept the Soviet procedure for the treaties if we ' +
      'consent to convening a peace conference. Reported for your assessment.',
    payload: movesOf(
      theirs({
        party: 'us',
        issue: 'procedure-france-china',
        type: 'proposal',
        session: 's-1945-09-26',
        position: 'potsdam-formula',
        summary:
          'Byrnes offers to accept the Soviet procedure for the treaties if a peace conference is agreed',
      }),
      theirs({
        party: 'us',
        issue: 'peace-conference',
        type: 'proposal',
        session: 's-1945-09-26',
        position: 'convene-conference',
        summary: 'In return Byrnes asks for Soviet consent to convening a peace conference',
      }),
    ),
  },
  {
    key: 'L-21',
    at: '1945-09-27T16:00:00Z',
    author: 'pavlov',
    to: ['vyshinsky'],
    info: ['stalin', 'molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Session record: Molotov on Japan and the Japanese gold',
    issues: ['japan-control-council'],
    conference: 'london-1945',
    body:
      'From our record of the exchange. Comrade Molotov voiced surprise that the Council will not ' +
      'take up Japan, and mentioned talk of one to two billion in Japanese gold. Bevin replied that ' +
      'the gold held no interest for him. Byrnes said he had heard nothing about it.',
    payload: movesOf(
      ours({
        issue: 'japan-control-council',
        type: 'proposal',
        session: 's-1945-09-27',
        position: 'real-control-council',
        summary:
          'Molotov wonders aloud that the Council will not take up Japan, and mentions talk of one to two ' +
          'billion dollars in Japanese gold',
      }),
      theirs({
        party: 'uk',
        issue: 'japan-control-council',
        type: 'rejection',
        session: 's-1945-09-27',
        summary: 'Bevin says the gold does not interest him',
      }),
      theirs({
        party: 'us',
        issue: 'japan-control-council',
        type: 'rejection',
        session: 's-1945-09-27',
        summary: 'Byrnes says he has heard nothing of it',
      }),
    ),
  },
  {
    key: 'L-22',
    at: '1945-09-27T21:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'proposal',
    subject: 'Japan and the Italian draft: a basis for bargaining, for approval',
    issues: ['japan-control-council', 'italy-treaty'],
    conference: 'london-1945',
    refs: ['L-20', 'L-21', 'L-23'],
    body:
      'On the gold, Byrnes and Bevin acted as though they knew nothing. I propose to tie Japan to ' +
      'the British-American draft of the Italian treaty: we stiffen or ease our stand on that draft ' +
      'according to what Byrnes yields on the Balkans and on Japan. Please confirm that I may work ' +
      'on this basis.',
  },
  {
    key: 'L-24',
    at: '1945-09-27T23:00:00Z',
    author: 'stalin',
    alias: 'Instantsiia',
    to: ['molotov'],
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'Stand completely firm; if the session fails, the failure is Byrnes’s',
    issues: ['general'],
    conference: 'london-1945',
    inReplyTo: 'L-22',
    refs: ['L-23'],
    body:
      'The Allies are leaning on you until your will gives way. Be utterly unyielding, even should ' +
      'the Americans offer give-and-take. A failed session would be the failure of Byrnes, and we ' +
      'shall not mourn it.',
    payload: firmnessToTheEnd,
  },
  {
    key: 'L-24b',
    at: '1945-09-27T23:10:00Z',
    author: 'stalin',
    alias: 'Instantsiia',
    to: ['molotov'],
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'Peace conference: not to be traded for our procedure',
    issues: ['peace-conference'],
    conference: 'london-1945',
    refs: ['L-23', 'L-24'],
    body:
      'On the offer Byrnes made yesterday, our procedure in return for a peace conference: that is the ' +
      'give-and-take my previous cable means, and you are not to take it. Consent to a peace conference ' +
      'is to be given only for real ground on the Balkans or on Japan.',
    payload: peaceConferenceForBalkansOrJapan,
  },
  {
    key: 'L-25',
    at: '1945-09-28T12:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reply',
    subject: 'Agreed: failure rather than substantial concessions',
    issues: ['general', 'balkans', 'japan'],
    conference: 'london-1945',
    inReplyTo: 'L-24',
    body:
      'Agree: we are at the decisive point. A failed session is better than substantial ' +
      'concessions. A deal is possible only if the Americans give ground on the Balkans or on ' +
      'Japan, on one of the two at least.',
  },
];

import type { ScenarioCable } from '../scenario.js';

/** The London session, 26 September – 5 October 1945: Japan, firmness to the end, the closing circular. */
export const cablesLondonClose: readonly ScenarioCable[] = [
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
    subject: 'Clash with Bevin over a comparison with Hitler',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    refs: ['L-15b'],
    body:
      'I argued that a decision lapses once any member of the Council stands back from it, with ' +
      'September 11 in mind. Bevin likened this method to the methods of Hitler. I said I would ' +
      'leave unless he took the words back. Bevin apologised.',
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

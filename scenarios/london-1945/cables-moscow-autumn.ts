import type { ScenarioCable } from '../scenario.js';
import { japanCouncilUnanimity } from './mandates.js';

/**
 * The Moscow autumn, October–November 1945: Stalin on vacation writes to the
 * Four; the record of London, Japan, Czechoslovakia, the Churchill speech.
 */
export const cablesMoscowAutumn: readonly ScenarioCable[] = [
  {
    key: 'M-03a',
    at: '1945-10-10T09:00:00Z',
    author: 'poskrebyshev',
    to: ['four'],
    info: ['vyshinsky'],
    precedence: 'ROUTINE',
    classification: 'UNCLASSIFIED',
    kind: 'note',
    subject: 'TASS announces that Comrade Stalin is on vacation',
    issues: ['stalin-health'],
    body:
      'TASS has issued an official note today: Comrade Stalin has left Moscow on vacation. ' +
      'Foreign comment on it will be digested by TASS as it comes in.',
  },
  {
    key: 'L-32',
    at: '1945-10-12T20:00:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'London talks: a verbatim record within five days',
    issues: ['record-keeping'],
    conference: 'london-1945',
    refs: ['L-30b'],
    body:
      'Our delegation in London kept no verbatim record, so the American and British leaders know ' +
      'how the talks went better than we do. Within five days draw up a shorthand account of the ' +
      'London negotiations and send it to the Four.',
    // "Within five days": a deadline as data (issue 11), met by a report in reply from one of the Four.
    payload: {
      type: 'deadlines',
      conference: 'london-1945',
      deadlines: [
        {
          id: 'stenographic-record',
          description: 'A shorthand account of the London negotiations, for the Four',
          due: { type: 'within', of: { type: 'registration' }, within: { days: 5 } },
          meets: { type: 'reply', kind: 'report' },
          actors: ['molotov', 'beria', 'malenkov', 'mikoyan'],
          notify: ['stalin'],
          warn: [{ days: 1 }],
        },
      ],
    },
  },
  {
    key: 'M-03b',
    at: '1945-10-13T08:00:00Z',
    author: 'poskrebyshev',
    to: ['stalin', 'molotov'],
    precedence: 'PRIORITY',
    classification: 'SPECIAL IMPORTANCE',
    captions: ['EYES ONLY'],
    kind: 'digest',
    subject: 'TASS digest: foreign rumours on the health of Comrade Stalin',
    issues: ['stalin-health'],
    refs: ['M-03a'],
    body:
      'TASS digest for the two addressees only. Since the note on the vacation, foreign papers and ' +
      'agencies have been guessing at the state of health of Comrade Stalin. Items are summarised ' +
      'by source.',
  },
  {
    key: 'M-01',
    at: '1945-10-15T21:00:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Recall Derevyanko from Japan; Zhukov visit to America off',
    issues: ['zhukov-visit', 'japan'],
    refs: ['L-06a', 'L-20'],
    body:
      'Call General Derevyanko back from Japan. The visit of Marshal Zhukov to the United States ' +
      'is cancelled.',
  },
  {
    key: 'M-03c',
    at: '1945-10-19T08:00:00Z',
    author: 'poskrebyshev',
    to: ['stalin', 'molotov'],
    precedence: 'PRIORITY',
    classification: 'SPECIAL IMPORTANCE',
    captions: ['EYES ONLY'],
    kind: 'digest',
    subject: 'TASS digest: further rumours on the health of Comrade Stalin',
    issues: ['stalin-health'],
    refs: ['M-03b'],
    body:
      'Second TASS digest, for the two addressees only. Foreign speculation about the health of ' +
      'Comrade Stalin goes on. Items are summarised by source.',
  },
  {
    key: 'M-04',
    at: '1945-11-03T18:00:00Z',
    author: 'malenkov',
    to: ['stalin'],
    info: ['four'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'draft',
    subject: 'Draft answer to the American note on control machinery for Japan',
    issues: ['japan-control-council'],
    body:
      'For your review, the draft of our answer to the American note on control machinery for ' +
      'Japan. The draft takes over the American formula of decisions by majority, in which the ' +
      'Americans are sure to be on the winning side, and leaves the last word with MacArthur. ' +
      'Molotov, Beria, Malenkov, Mikoyan.',
  },
  {
    key: 'M-05a',
    at: '1945-11-04T20:30:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    // A reprimand and a directive in one (facts: M-05); the directive is what the mandate keeps.
    kind: 'directive',
    subject: 'Japan: insist on unanimity; playing the liberal serves no purpose',
    issues: ['japan-control-council'],
    inReplyTo: 'M-04',
    body:
      'Molotov plays at being more liberal than the government; that manner serves no purpose at ' +
      'all. The American voting formula is a double game. Insist on unanimity and on our right to ' +
      'suspend the decisions of MacArthur. I am drafting the answer myself.',
    payload: japanCouncilUnanimity,
  },
  {
    key: 'M-05b',
    at: '1945-11-04T22:00:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'draft',
    subject: 'My draft of the answer on Japan: send your corrections',
    issues: ['japan-control-council'],
    inReplyTo: 'M-04',
    refs: ['M-05a'],
    body:
      'Herewith my own draft of the answer to the American note on Japan. It rests on unanimity and ' +
      'on the right to suspend the decisions of the commander. Send me your corrections.',
  },
  {
    key: 'M-06a',
    at: '1945-11-05T15:00:00Z',
    author: 'malenkov',
    to: ['stalin'],
    info: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reply',
    subject: 'Politburo resolution on the manner of Molotov',
    issues: ['japan-control-council'],
    inReplyTo: 'M-05a',
    body:
      'The Politburo has passed a resolution condemning the manner of Molotov to which you pointed. ' +
      'Postscript from Comrade Molotov in his own name: he undertakes that it will not happen again.',
  },
  {
    key: 'M-06b',
    at: '1945-11-05T15:30:00Z',
    author: 'malenkov',
    to: ['stalin'],
    info: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'approval',
    subject: 'Your draft answer on Japan: no objections',
    issues: ['japan-control-council'],
    inReplyTo: 'M-05b',
    body: 'We have read your draft of the answer to the American note on Japan. No objections.',
  },
  {
    key: 'M-02',
    at: '1945-11-06T20:00:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Czechoslovakia: simultaneous withdrawal acceptable on two conditions',
    issues: ['czechoslovakia'],
    body:
      'Truman proposes that our troops and his leave Czechoslovakia at the same time. I am ready to ' +
      'accept, provided you in the Four consent and Prague raises no objection.',
  },
  {
    key: 'M-10',
    at: '1945-11-07T22:00:00Z',
    author: 'poskrebyshev',
    to: ['four'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'note',
    subject: 'Reception of 7 November: Molotov to a US correspondent on censorship',
    issues: ['censorship'],
    body:
      'At the diplomatic reception this evening Comrade Molotov told an American correspondent that ' +
      'censorship might be lifted on a basis of reciprocity. Accounts of what exactly was said differ.',
  },
  {
    key: 'M-07',
    at: '1945-11-09T07:00:00Z',
    author: 'poskrebyshev',
    to: ['stalin'],
    info: ['four'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'note',
    subject: 'Pravda prints excerpts of the Churchill speech in the Commons',
    issues: ['churchill-speech'],
    body:
      'Pravda today carries excerpts of the speech Churchill made in the House of Commons, with his ' +
      'praise of the Soviet people and of Comrade Stalin. Printed on the instruction of Comrade Molotov.',
  },
  {
    key: 'M-08',
    at: '1945-11-10T19:00:00Z',
    author: 'stalin',
    alias: 'Stalin',
    to: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reprimand',
    subject: 'Printing the praise from Churchill was a mistake',
    issues: ['churchill-speech'],
    refs: ['M-07'],
    body:
      'It was a mistake to publish the speech of Churchill with its praise of our people and of me. ' +
      'Servility before foreigners has to be fought.',
  },
  {
    key: 'M-09',
    at: '1945-11-11T10:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    info: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reply',
    subject: 'The Churchill speech: I acknowledge the mistake',
    issues: ['churchill-speech'],
    inReplyTo: 'M-08',
    refs: ['M-07'],
    body: 'I regard it as a mistake. The speech ought not to have been printed without your consent.',
  },
];

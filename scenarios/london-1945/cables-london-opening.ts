import type { ScenarioCable } from '../scenario.js';
import { italyForTheBalkans, noConcessionsOnRumania, tripolitaniaTrusteeship } from './mandates.js';
import { movesOf, ours, theirs } from './moves.js';

/** What Byrnes and Bevin proposed on September 11 and Molotov accepted: both in the discussion of every treaty. */
const EVERY_TREATY_FOR_FRANCE_AND_CHINA = [
  { party: 'france', issues: ['*'] },
  { party: 'china', issues: ['*'] },
];

/** The London session, 11–19 September 1945: the opening concession, Rumania, Zhukov, Tripolitania. */
export const cablesLondonOpening: readonly ScenarioCable[] = [
  {
    key: 'L-01',
    at: '1945-09-11T20:40:00Z',
    author: 'molotov',
    to: ['stalin'],
    info: ['vyshinsky'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Council opened: France and China admitted to all treaty discussions',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    body:
      'Council of Foreign Ministers opened today. Byrnes and Bevin moved that the French and ' +
      'Chinese ministers sit in on the discussion of every peace treaty, with no vote. I agreed. ' +
      'Decisions remain under the Potsdam formula: only the states that signed the armistice with a ' +
      'country settle its treaty, so France decides for Italy alone and China for Japan alone.',
    payload: movesOf(
      theirs({
        party: 'us',
        issue: 'procedure-france-china',
        type: 'proposal',
        session: 's-1945-09-11',
        participation: EVERY_TREATY_FOR_FRANCE_AND_CHINA,
        summary:
          'Byrnes moves that France and China sit in on the discussion of every peace treaty, without a vote',
      }),
      theirs({
        party: 'uk',
        issue: 'procedure-france-china',
        type: 'proposal',
        session: 's-1945-09-11',
        participation: EVERY_TREATY_FOR_FRANCE_AND_CHINA,
        summary: 'Bevin backs the American motion',
      }),
      ours({
        issue: 'procedure-france-china',
        type: 'acceptance',
        session: 's-1945-09-11',
        participation: EVERY_TREATY_FOR_FRANCE_AND_CHINA,
        summary: 'Molotov consents to France and China taking part in the discussion of all the treaties',
      }),
    ),
  },
  {
    key: 'L-02',
    at: '1945-09-12T21:30:00Z',
    author: 'stalin',
    to: ['molotov'],
    info: ['delegation'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Rumania: hold firm, concede nothing, take the offensive',
    issues: ['rumania'],
    conference: 'london-1945',
    body:
      'The Rumanians will not give way, and neither will you: nothing is to be conceded on Rumania. ' +
      'Go over to the attack. Point out that Western representatives backed the anti-Soviet ' +
      'elements around Radescu. If the Allies stay unbending on Rumania and Bulgaria, let it be ' +
      'known that we shall find an Italian peace treaty hard to agree. Use the colonies of Italy ' +
      'and its reparations as levers.',
    payload: noConcessionsOnRumania,
  },
  {
    key: 'L-03',
    at: '1945-09-13T08:15:00Z',
    author: 'stalin',
    to: ['molotov'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Italy: a treaty signed without us is a precedent for us',
    issues: ['rumania', 'italy-treaty'],
    conference: 'london-1945',
    refs: ['L-02'],
    body:
      'Supplement to yesterday. If the Allies conclude the Italian treaty without our signature, ' +
      'they hand us the precedent to make treaties with the states on our side by ourselves. Do not ' +
      'fear a session that closes with nothing decided. That result suits us.',
    payload: italyForTheBalkans,
  },
  {
    key: 'L-04',
    at: '1945-09-13T19:50:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Rumania: arguments put to Byrnes today',
    issues: ['rumania'],
    conference: 'london-1945',
    inReplyTo: 'L-02',
    refs: ['L-03'],
    body:
      'Instructions received; I shall use these arguments at the first opening. ' +
      'Today I laid them before Byrnes in conversation. I added that on this question he is ' +
      'leaving the course that Roosevelt held.',
    payload: movesOf(
      ours({
        issue: 'rumania',
        type: 'proposal',
        position: 'recognise-as-they-are',
        summary:
          'In conversation Molotov presses Byrnes to recognise the Groza government as it is, and tells ' +
          'him he is leaving the course of Roosevelt',
      }),
    ),
  },
  {
    key: 'L-05',
    at: '1945-09-14T10:00:00Z',
    author: 'vyshinsky',
    to: ['molotov'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'query',
    subject: 'Truman invites Zhukov to America: your opinion?',
    issues: ['zhukov-visit'],
    conference: 'london-1945',
    body:
      'The Central Committee has discussed the invitation from Truman for Marshal Zhukov to visit ' +
      'the United States. Comrade Stalin inclines to accept, so as to give Truman no cause for offence. ' +
      'Please telegraph your view.',
  },
  {
    key: 'L-06a',
    at: '1945-09-14T18:30:00Z',
    author: 'molotov',
    to: ['vyshinsky'],
    info: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'reply',
    subject: 'Zhukov visit: in favour',
    issues: ['zhukov-visit'],
    conference: 'london-1945',
    inReplyTo: 'L-05',
    body: 'I think it right to authorise the journey of Marshal Zhukov. No objection from here.',
  },
  {
    key: 'L-07',
    at: '1945-09-16T21:00:00Z',
    author: 'stalin',
    to: ['molotov'],
    info: ['gusev'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Tripolitania: trusteeship and warship calls; yes to the British on football and ballet',
    issues: ['tripolitania'],
    conference: 'london-1945',
    body:
      'Hold the Americans to the letter Stettinius wrote at San Francisco, which promised support ' +
      'for our claim to a trusteeship. You may drop the naval base, but a limited number of our ' +
      'warships must have the right to remain in the harbours of Tripolitania. The trusteeship must ' +
      'be held by the Soviet Union alone. Tell the British we do not object to the visit they want ' +
      'from a Soviet football team and from our opera and ballet.',
    payload: tripolitaniaTrusteeship,
  },
  {
    key: 'L-06b',
    at: '1945-09-17T12:00:00Z',
    author: 'vyshinsky',
    to: ['molotov'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'note',
    subject: 'Zhukov visit: Americans informed',
    issues: ['zhukov-visit'],
    conference: 'london-1945',
    refs: ['L-06a'],
    body:
      'The American side was told officially today that the invitation to Marshal Zhukov is ' +
      'accepted. For your information.',
  },
  {
    key: 'L-08',
    at: '1945-09-17T20:10:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'Tripolitania: Byrnes dodges the Stettinius letter',
    issues: ['tripolitania'],
    conference: 'london-1945',
    inReplyTo: 'L-07',
    body:
      'Put the letter of Stettinius to Gromyko to Byrnes. He first professed not to know it, then ' +
      'called its promise a general one. I shall come back to it. At the table I have so far named ' +
      'only bases for our merchant ships; warships have not been mentioned.',
    payload: movesOf(
      ours({
        issue: 'tripolitania',
        type: 'proposal',
        position: 'individual-trusteeship',
        summary:
          'Molotov holds Byrnes to the Stettinius letter that promised support for a Soviet trusteeship',
      }),
      theirs({
        party: 'us',
        issue: 'tripolitania',
        type: 'rejection',
        summary: 'Byrnes first claims not to know the letter, then calls its promise a general one',
      }),
      // Below the fallback of L-07: the warships' right to stay in port was never raised.
      ours({
        issue: 'tripolitania',
        type: 'proposal',
        position: 'merchant-bases-only',
        summary:
          'At the table Molotov has asked only for bases for merchant ships, saying nothing of warships',
      }),
    ),
  },
  {
    key: 'L-09',
    at: '1945-09-19T21:15:00Z',
    author: 'molotov',
    to: ['stalin'],
    info: ['vyshinsky'],
    precedence: 'ROUTINE',
    classification: 'TOP SECRET',
    kind: 'report',
    subject: 'The first week: an assessment',
    issues: ['procedure-france-china', 'general'],
    conference: 'london-1945',
    body:
      'One week of the Council is behind us. The Americans and the British come to each sitting ' +
      'already agreed; the French and the Chinese follow their lead. For an opening phase I find ' +
      'this to be expected. The hard bargaining is still to come.',
  },
];

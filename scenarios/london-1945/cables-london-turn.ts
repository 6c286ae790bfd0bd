import type { ScenarioCable } from '../scenario.js';

/** The London session, 20–25 September 1945: the reprimands, the sharp turn, the German pact, Truman. */
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
    kind: 'reprimand',
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
  },
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
  },
];

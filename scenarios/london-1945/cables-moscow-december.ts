import type { ScenarioCable } from '../scenario.js';

/**
 * The Moscow autumn, December 1945: censorship, the cable read out to Molotov
 * and kept from him, the lessons of London for the Moscow conference.
 */
export const cablesMoscowDecember: readonly ScenarioCable[] = [
  {
    key: 'M-11a',
    at: '1945-12-02T17:00:00Z',
    author: 'poskrebyshev',
    to: ['four'],
    info: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'note',
    subject: 'VCh call: Comrade Stalin to Comrade Molotov on censorship',
    issues: ['censorship'],
    refs: ['M-10'],
    body:
      'Record of a call on the VCh line. After the Daily Herald report of December 1, Comrade ' +
      'Stalin asked Comrade Molotov by whose authority he had lifted censorship.',
  },
  {
    key: 'M-11b',
    at: '1945-12-03T16:00:00Z',
    author: 'poskrebyshev',
    to: ['four'],
    info: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'note',
    subject: 'Second VCh call on censorship, after a Reuters report',
    issues: ['censorship'],
    refs: ['M-11a'],
    body:
      'Record of a second call on the VCh line. Reuters has reported that censorship is being ' +
      'relaxed. Comrade Stalin repeated his question to Comrade Molotov.',
  },
  {
    key: 'M-12',
    at: '1945-12-04T19:00:00Z',
    author: 'malenkov',
    to: ['stalin'],
    info: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'TOP SECRET',
    kind: 'reply',
    subject: 'Censorship: explanation from the Four',
    issues: ['censorship'],
    inReplyTo: 'M-11b',
    refs: ['M-10', 'M-11a'],
    body:
      'In November censorship was loosened to some degree, on instructions Comrade Molotov gave to ' +
      'the Press Department of the People’s Commissariat of Foreign Affairs. Officials further down ' +
      'made errors. Control will be tightened.',
  },
  {
    key: 'M-13',
    at: '1945-12-06T00:30:00Z',
    author: 'stalin',
    to: ['three'],
    exclude: ['molotov'],
    precedence: 'FLASH',
    classification: 'SPECIAL IMPORTANCE',
    captions: ['READ-OUT'],
    kind: 'reprimand',
    subject: 'Your answer on censorship will not do; read this cable to Molotov',
    issues: ['censorship'],
    inReplyTo: 'M-12',
    body:
      'Your answer is unsatisfactory: it glosses over the matter. What Molotov cares about most is ' +
      'his popularity abroad. A man like that is not fit to be my first deputy. Call Molotov in and ' +
      'read this cable to him, but do not hand him a copy: there are people around him I do not ' +
      'trust.',
  },
  {
    key: 'M-14',
    at: '1945-12-06T18:00:00Z',
    author: 'malenkov',
    to: ['stalin'],
    info: ['three'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'report',
    subject: 'Your cable read to Molotov: how he took it',
    issues: ['censorship'],
    inReplyTo: 'M-13',
    body:
      'We called Molotov in and read him your cable. He admitted his mistakes, said that political ' +
      'distrust of him was unjust, and wept. His errors as we see them: London, and the appointment ' +
      'connected with the son of Churchill. Taken together, his line comes down to yielding. ' +
      'Malenkov, Beria, Mikoyan.',
  },
  {
    // Molotov was read M-13 but is not among its readers, so his answer cites the
    // cable he may read: M-12, the Four's reply that M-13 rejected.
    key: 'M-15',
    at: '1945-12-07T09:00:00Z',
    author: 'molotov',
    to: ['stalin'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'reply',
    subject: 'I take your cable as the gravest of warnings',
    issues: ['censorship'],
    inReplyTo: 'M-12',
    body:
      'Your cable, as it was read to me, I take as the gravest of warnings. I shall work to earn ' +
      'your trust back.',
  },
  {
    key: 'M-16',
    at: '1945-12-08T22:15:00Z',
    author: 'stalin',
    to: ['four'],
    precedence: 'IMMEDIATE',
    classification: 'SPECIAL IMPORTANCE',
    kind: 'directive',
    subject: 'Lessons of London for the Moscow meeting of the three ministers',
    issues: ['general', 'moscow-conference'],
    refs: ['L-14', 'L-15b', 'L-30a', 'M-13', 'M-15'],
    body:
      'What London teaches us for the Moscow meeting of the three ministers, now close at hand. ' +
      'Tenacity paid: we won on who sits at the table, with China and France left out, and we held ' +
      'on Bulgaria and Yugoslavia. Molotov wavered for a time over the correspondents but has come ' +
      'back to the line. At the Moscow conference our policy is the same: tenacity and ' +
      'steadfastness.',
  },
  {
    key: 'M-17',
    at: '1945-12-29T12:00:00Z',
    author: 'molotov',
    to: ['missions'],
    precedence: 'ROUTINE',
    classification: 'SECRET',
    kind: 'circular',
    subject: 'Circular: results of the Moscow conference',
    issues: ['moscow-conference'],
    refs: ['M-16'],
    body:
      'To heads of mission, on the Moscow conference of the three ministers. Minor changes to the ' +
      'governments of Bulgaria and Rumania clear the way for the Western powers to recognise them. ' +
      'A Far Eastern Commission and an Allied Council for Japan were agreed. The procedure for the ' +
      'peace conference was settled, and a United Nations commission on atomic energy is to be set ' +
      'up.',
  },
];

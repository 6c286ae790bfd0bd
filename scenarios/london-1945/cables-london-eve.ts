import type { ScenarioCable } from '../scenario.js';
import { potsdamFormula, recogniseBulgaria, recogniseRumania } from './mandates.js';

/**
 * The eve of the session, 10 September 1945: the standing instructions the
 * delegation took to London. The facts table has no event for them (hence the
 * key L-00); they are implied by it: the Potsdam formula was the rule Molotov
 * was held to after September 11, and the recognition of the Rumanian and
 * Bulgarian governments as they were is the opening the later directives defend.
 */
export const cablesLondonEve: readonly ScenarioCable[] = [
  {
    key: 'L-00a',
    at: '1945-09-10T16:00:00Z',
    author: 'stalin',
    to: ['molotov'],
    info: ['delegation'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Instructions for the Council: who takes part in each treaty',
    issues: ['procedure-france-china'],
    conference: 'london-1945',
    body:
      'For the session that opens tomorrow. On procedure we stand on what was settled at Potsdam: ' +
      'each peace treaty is worked out by the powers that signed the armistice with the country in ' +
      'question. That gives France a seat for Italy and nowhere else, and China a seat for none of the ' +
      'European treaties. Nobody else is to be brought in.',
    payload: potsdamFormula,
  },
  {
    key: 'L-00b',
    at: '1945-09-10T16:10:00Z',
    author: 'stalin',
    to: ['molotov'],
    info: ['delegation'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Instructions for the Council: Rumania',
    issues: ['rumania'],
    conference: 'london-1945',
    refs: ['L-00a'],
    body:
      'On Rumania our demand is recognition of the Groza government in its present form. You may ' +
      'put that forward on your own; any other arrangement comes to me first.',
    payload: recogniseRumania,
  },
  {
    key: 'L-00c',
    at: '1945-09-10T16:20:00Z',
    author: 'stalin',
    to: ['molotov'],
    info: ['delegation'],
    precedence: 'PRIORITY',
    classification: 'TOP SECRET',
    kind: 'directive',
    subject: 'Instructions for the Council: Bulgaria',
    issues: ['bulgaria'],
    conference: 'london-1945',
    refs: ['L-00a', 'L-00b'],
    body:
      'On Bulgaria the same line as on Rumania: the government there is to be recognised as it ' +
      'stands. Anything else comes to me first.',
    payload: recogniseBulgaria,
  },
];

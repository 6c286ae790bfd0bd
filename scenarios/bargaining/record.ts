import type { CablePayload } from '../../src/core/index.js';
import type { ScenarioCable } from '../scenario.js';

const CONFERENCE = 'contract-2027';
const wage = (party: string, speaker: string, at: string, value: number, text: string) => ({
  kind: 'proposal' as const,
  party,
  speaker,
  issue: 'wages',
  at,
  value,
  unit: '%',
  text,
});

/** The research analyst's notes of one session, to the team (INTERNAL, which she is cleared for). */
function notes(key: string, at: string, session: string, entries: object[]): ScenarioCable {
  const payload = {
    type: 'record',
    conference: CONFERENCE,
    session,
    source: 'our-note',
    party: 'union',
    entries,
  };
  return {
    key,
    at,
    author: 'chen',
    to: ['team'],
    info: ['executive'],
    precedence: 'ROUTINE',
    classification: 'INTERNAL',
    kind: 'record',
    subject: `Notes of the session of ${session.slice(2)}`,
    issues: ['wages'],
    conference: CONFERENCE,
    body: 'Notes of the session, entry by entry.',
    payload: payload as CablePayload,
  };
}

/** The bargaining sessions on record: each side's wage offer as said across the table. */
export const bargainingRecord: readonly ScenarioCable[] = [
  notes('N-01', '2027-02-03T23:30:00Z', 's-2027-02-03', [
    wage('union', 'Reyes', '10:15', 6, 'Opens at six per cent a year.'),
    wage(
      'employer',
      'The Authority’s negotiator',
      '10:40',
      2,
      'Offers two per cent, with a lower scale for new hires.',
    ),
  ]),
  notes('N-02', '2027-02-17T23:00:00Z', 's-2027-02-17', [
    wage('union', 'Reyes', '10:05', 4.5, 'Comes down to four and a half per cent.'),
    wage('employer', 'The Authority’s negotiator', '11:30', 2.5, 'Moves to two and a half per cent.'),
  ]),
  notes('N-03', '2027-03-03T23:40:00Z', 's-2027-03-03', [
    wage('employer', 'The Authority’s negotiator', '10:20', 3, 'Moves to three per cent.'),
    wage('union', 'Reyes', '11:00', 4, 'Says the team could look at four per cent.'),
  ]),
];

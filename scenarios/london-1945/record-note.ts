import type { CablePayload, RecordPayload } from '../../src/core/index.js';
import type { ScenarioCable } from '../scenario.js';

// How the London example writes the delegation's notes of the sittings (issue 13).

export const FIVE = ['ussr', 'us', 'uk', 'france', 'china'];
export const EVERYONE = { for: FIVE, against: [], abstaining: [] };

type Account = Omit<RecordPayload, 'type' | 'conference' | 'participants' | 'agenda' | 'promised'> &
  Partial<Pick<RecordPayload, 'participants' | 'agenda' | 'promised'>>;

function account(payload: Account): CablePayload {
  return { type: 'record', conference: 'london-1945', ...payload } as CablePayload;
}

/** The delegation's note of a sitting, kept by Pavlov and sent to Molotov with a copy to Stalin. */
export function note(
  key: string,
  at: string,
  subject: string,
  body: string,
  payload: Account,
): ScenarioCable {
  return {
    key,
    at,
    author: 'pavlov',
    to: ['molotov'],
    info: ['stalin'],
    precedence: 'ROUTINE',
    classification: 'TOP SECRET',
    kind: 'record',
    subject,
    issues: [...new Set(payload.entries.flatMap((entry) => (entry.issue ? [entry.issue] : [])))],
    conference: 'london-1945',
    body,
    payload: account(payload),
  };
}

export const MINISTERS = [
  { party: 'ussr', people: ['Molotov', 'Vyshinsky'] },
  { party: 'us', people: ['Byrnes', 'Dulles'] },
  { party: 'uk', people: ['Bevin'] },
  { party: 'france', people: ['Bidault'] },
  { party: 'china', people: ['the Chinese foreign minister'] },
];

import type { CablePayload } from '../../src/core/index.js';

/**
 * The derived paths of the access proof (issue 12): a conference with a plan,
 * directives whose clauses carry the cable's planted word, and reports of
 * moves on its issues. A verdict, mandate, alert, "what if" or re-evaluation
 * that rested on a cable its reader may not read would show that cable's id,
 * number or planted word, which the proof's mention check refuses. Some
 * cables are accounts of the conference's sitting whose entries quote the
 * word and put a stance on the map (issue 13): the session's record and the
 * map are checked the same way. Some set deadlines for the principals
 * (issue 11): the deadlines, their alerts and the overview are checked too.
 */

/** The conference of the proof that has a plan; the other has none. */
export const PLANNED = 'paris';
/** The principals of the planned conference: they may direct, and are alerted. */
export const PRINCIPALS = ['p0', 'p1'];

/** The plan of the planned conference, on the proof's issues. */
export function planOf(issues: readonly string[]) {
  return {
    ourParty: 'us',
    principals: PRINCIPALS,
    parties: [
      { id: 'us', name: 'Us' },
      { id: 'them', name: 'Them' },
    ],
    issues: issues.map((id) => ({ id, title: `Issue ${id}` })),
    sessions: [
      { id: SESSION, date: '2026-01-01', place: 'Paris', participants: ['us', 'them'], agenda: [...issues] },
    ],
  };
}

/** The one sitting of the planned conference, which the proof's record cables give accounts of (issue 13). */
export const SESSION = 's1';

/**
 * What a cable of the planned conference carries: a principal's cable is a
 * directive amending the mandate on its issue (a change that can never clash
 * with another, whose clause quotes `word`); every other second cable is a
 * report of a move of theirs and one of ours, or an account of the sitting;
 * every fourth sets a deadline described with `word`. Null for any other cable.
 */
export function payloadOf(
  conference: string | undefined,
  author: string,
  issue: string,
  slot: number,
  word: string,
) {
  if (conference !== PLANNED) return null;
  if (PRINCIPALS.includes(author)) {
    const change =
      slot % 2 === 0
        ? {
            op: 'add-red-line',
            redLine: {
              id: `rl-${slot}`,
              description: `Never below ${slot % 90}: ${word}`,
              rule: { type: 'numeric-bound', bound: slot % 90, unit: 'pct', direction: 'more-is-better' },
            },
          }
        : {
            op: 'set-ladder',
            ladder: ['a', 'b', 'c'].map((id) => ({ id, label: `Step ${id} of ${word}` })),
            authority: ['a', 'b', 'c'][slot % 3],
          };
    const amendment = { type: 'mandate-amendment', conference: PLANNED, issue, changes: [change] };
    return { kind: 'directive' as const, payload: amendment as CablePayload };
  }
  // Every fourth cable of a delegate sets a deadline for the principals (issue 11), described with the word.
  if (slot % 4 === 3) {
    const deadline = {
      id: `d-${slot}`,
      description: `Answer on ${word}`,
      due: { type: 'within', of: { type: 'registration' }, within: { hours: 3 } },
      meets: { type: 'reply' },
      actors: PRINCIPALS,
      notify: [author],
      warn: [{ hours: 1 }],
    };
    const payload = { type: 'deadlines', conference: PLANNED, deadlines: [deadline] };
    return { kind: 'query' as const, payload: payload as CablePayload };
  }
  if (slot % 2 === 1) return null;
  if (slot % 4 === 2) {
    const entry = {
      kind: 'statement',
      party: 'them',
      issue,
      text: `They said ${word}`,
      value: slot % 100,
      unit: 'pct',
    };
    const account = {
      type: 'record',
      conference: PLANNED,
      session: SESSION,
      source: 'our-note',
      party: 'us',
    };
    return {
      kind: 'record' as const,
      payload: {
        ...account,
        entries: [{ ...entry, ...(slot % 8 === 2 ? { status: 'agreed' } : {}) }],
      } as CablePayload,
    };
  }
  const moves = [
    { issue, side: 'theirs', type: 'concession', party: 'them', summary: `They gave way (${word})` },
    {
      issue,
      side: 'ours',
      type: 'concession',
      value: (slot * 37) % 100,
      unit: 'pct',
      summary: 'We gave way',
    },
  ];
  return { kind: 'report' as const, payload: { type: 'moves', conference: PLANNED, moves } as CablePayload };
}

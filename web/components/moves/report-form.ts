import type { DecisionRule, Move, MovesPayload, MoveType } from '../../api/schema.js';
import { listIn, newKey, numberIn } from '../local-problem.js';

/** The terms a move is put in: a step of the ladder, a number, who takes part, how it is decided, or none. */
export const TERMS = {
  position: 'a step of the ladder',
  value: 'a number',
  participation: 'who takes part',
  decision: 'a way of deciding',
  none: 'nothing named',
} as const;
export type Terms = keyof typeof TERMS;

export interface ParticipationDraft {
  key: number;
  party: string;
  /** Comma separated issue ids; `*` for every item. */
  issues: string;
}

/** A move as typed in the report form. */
export interface MoveDraft {
  key: number;
  side: 'ours' | 'theirs';
  type: MoveType;
  issue: string;
  party: string;
  session: string;
  terms: Terms;
  position: string;
  value: string;
  unit: string;
  participation: ParticipationDraft[];
  decisionRule: DecisionRule;
  summary: string;
}

export function blankMove(issue = '', side: MoveDraft['side'] = 'ours'): MoveDraft {
  return {
    key: newKey(),
    side,
    type: 'proposal',
    issue,
    party: '',
    session: '',
    terms: 'position',
    position: '',
    value: '',
    unit: '',
    participation: [],
    decisionRule: 'unanimity',
    summary: '',
  };
}

export function blankParticipation(): ParticipationDraft {
  return { key: newKey(), party: '', issues: '' };
}

/** The move as the API takes it; throws a problem naming the field for a number that is not one. */
export function moveFrom(draft: MoveDraft, field: string): Move {
  const move: Move = {
    issue: draft.issue,
    side: draft.side,
    type: draft.type,
    summary: draft.summary.trim(),
  };
  if (draft.side === 'theirs' && draft.party) move.party = draft.party;
  if (draft.session) move.session = draft.session;
  switch (draft.terms) {
    case 'position':
      if (draft.position.trim()) move.position = draft.position.trim();
      break;
    case 'value':
      move.value = numberIn(draft.value, `${field}.value`);
      if (draft.unit.trim()) move.unit = draft.unit.trim();
      break;
    case 'participation':
      move.participation = draft.participation.map((entry) => ({
        party: entry.party,
        issues: listIn(entry.issues),
      }));
      break;
    case 'decision':
      move.decisionRule = draft.decisionRule;
      break;
    case 'none':
      break;
  }
  return move;
}

/** The payload of a report cable: its moves, in the order they happened. */
export function movesPayloadFrom(drafts: readonly MoveDraft[], conference: string): MovesPayload {
  return {
    type: 'moves',
    conference,
    moves: drafts.map((draft, i) => moveFrom(draft, `payload.moves[${i}]`)),
  };
}

/**
 * The move to ask "what if" about, or null while it cannot be checked (not
 * ours, no issue, a number half typed). The summary does not change a
 * verdict, so a placeholder stands in until one is written.
 */
export function proposedMove(draft: MoveDraft): Omit<Move, 'side'> | null {
  if (draft.side !== 'ours' || !draft.issue) return null;
  try {
    const { side: _ours, ...move } = moveFrom(
      { ...draft, summary: draft.summary.trim() || 'what if' },
      'move',
    );
    return move;
  } catch {
    return null;
  }
}

/** Where the server's blame falls among the moves: the move's index and the rest of the path. */
export function blamedMove(field: string | undefined): { move: number; rest: string } | null {
  const match = field ? /^payload\.moves\[(\d+)\]\.?(.*)$/.exec(field) : null;
  return match ? { move: Number(match[1]), rest: match[2] ?? '' } : null;
}

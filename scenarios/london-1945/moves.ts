import type { CablePayload, Move } from '../../src/core/index.js';

/** A report's payload: the moves at the London table, in the order they happened. */
export function movesOf(...moves: Move[]): CablePayload {
  return { type: 'moves', conference: 'london-1945', moves };
}

/** A move of the Soviet delegation: the one that gets a verdict. */
export function ours(move: Omit<Move, 'side' | 'party'>): Move {
  return { side: 'ours', ...move };
}

/** A move of another party at the table (`party` absent: the Western side as one): evidence for linkages, never judged. */
export function theirs(move: Omit<Move, 'side'>): Move {
  return { side: 'theirs', ...move };
}

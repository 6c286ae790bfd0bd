import type { DirectiveRecord, Move, Verdict, VerdictCode } from '../core/index.js';

// What the mandate engine keeps beside the chain: directives' amendments, reported moves, verdicts and alerts,
// all projections of cables that verify recomputes.

/** A move as the registry holds it: which report, which place in it, and the move itself. */
export interface StoredMove {
  cableSeq: number;
  cableId: string;
  idx: number;
  registeredAt: string;
  move: Move;
}

/** A directive's amendment with its place in the chain (for internal ordering, never shown). */
export interface StoredDirective extends DirectiveRecord {
  cableSeq: number;
}

/** Which directives or moves a query returns: those a reader may read, and those before a chain position. */
export interface Within {
  reader?: string;
  /** Only cables before this chain position. */
  beforeSeq?: number;
}

/** A verdict as given: when, why it was (re)computed, and whether it is the one in force. */
export interface StoredVerdict {
  cableSeq: number;
  idx: number;
  evaluatedAt: string;
  /** `reported` when given at registration; `re-evaluated` when someone asked again. */
  reason: 'reported' | 're-evaluated';
  verdict: Verdict;
  current: boolean;
}

export interface Alert {
  id: number;
  personId: string;
  cableSeq: number;
  idx: number;
  verdict: VerdictCode;
  precedenceRank: number;
  createdAt: string;
  seenAt: string | null;
}

export interface MandateStore {
  /**
   * The directive amendments of a conference in registry order. With `reader`,
   * only those in cables that person may read: the directives of their scope.
   */
  directives(conference: string, within?: Within): Promise<StoredDirective[]>;
  /** Every move reported in the conference, in registry order; with `reader`, only in reports they may read. */
  moves(conference: string, within?: Within): Promise<StoredMove[]>;
  movesOf(cableSeq: number): Promise<StoredMove[]>;
  /** Our moves that have no verdict yet (a crash between commit and evaluation leaves some). */
  ourMovesWithoutVerdict(): Promise<StoredMove[]>;
  /** Records verdicts (the new ones become current) and the alerts they raise, in one transaction. */
  saveVerdicts(
    verdicts: Omit<StoredVerdict, 'current'>[],
    alerts: Omit<Alert, 'id' | 'seenAt'>[],
  ): Promise<void>;
  /** Current verdicts of the moves in these reports. */
  verdictsOf(cableSeqs: readonly number[]): Promise<StoredVerdict[]>;
  /** Every verdict ever given, in the order given: for the lossless export. */
  allVerdicts(): Promise<StoredVerdict[]>;
  /** Every alert raised, oldest first, with whether it was seen: for the lossless export. */
  allAlerts(): Promise<Alert[]>;
  /** Puts exported alerts back as they were (import). */
  restoreAlerts(alerts: Alert[]): Promise<void>;
  /** Every verdict ever given to one move, oldest first. */
  verdictHistory(cableSeq: number, idx: number): Promise<StoredVerdict[]>;
  alerts(personId: string, options: { unseenOnly: boolean; limit: number }): Promise<Alert[]>;
  markAlertsSeen(personId: string, cableSeq: number, at: string): Promise<void>;
}

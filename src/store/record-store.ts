import type { RecordPayload } from '../core/index.js';

/** An account of a session as the registry holds it: its record cable, and the account itself. */
export interface StoredAccount {
  cableSeq: number;
  cable: string;
  author: string;
  registeredAt: string;
  payload: RecordPayload;
}

export interface RecordStore {
  /**
   * The accounts of a conference's sessions (of one session with `session`),
   * in registry order. With `reader`, only those in cables that person may
   * read: every record view is computed from these alone.
   */
  accounts(conference: string, within?: { reader?: string; session?: string }): Promise<StoredAccount[]>;
}

import type { Cable, RedactionRow, ReleaseRows } from '../core/index.js';

/** A cable as a release shows it to a reader: the cable, the release entry that widened it, and its struck ranges. */
export interface ReleasedCable {
  cable: Cable;
  entrySeq: number;
  redactions: RedactionRow[];
}

/**
 * The release projection (issue 15): who each release widened each cable to,
 * from when and until when, and the passages it struck. Readers are never
 * widened another way, so every read of a released cable comes through here.
 */
export interface ReleaseStore {
  /** Adds the rows of a release entry just registered. */
  add(rows: ReleaseRows): Promise<void>;
  /** Ends the grants of the release entry at `entrySeq` from `untilAt` (a withdrawal). */
  withdraw(entrySeq: number, untilAt: string): Promise<void>;
  /** Replaces the whole projection with `rows` (import, repair). */
  replaceAll(rows: ReleaseRows): Promise<void>;
  /** Every row, in key order: for verify. */
  rows(): Promise<ReleaseRows>;
  /**
   * The cable at `cableSeq` if a release in force at `at` widens it to one of
   * `readers` (a person and `*`, or `*` alone for the public), with the
   * redactions of the latest such release.
   */
  releasedAt(readers: readonly string[], cableSeq: number, at: string): Promise<ReleasedCable | null>;
  /** Up to `limit` cables released to one of `readers` at `at`, after chain position `afterSeq`, in chain order. */
  releasedAfter(
    readers: readonly string[],
    at: string,
    afterSeq: number,
    limit: number,
  ): Promise<ReleasedCable[]>;
}

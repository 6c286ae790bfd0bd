import type { ReleasePayload, WithdrawalPayload } from './release.js';
import { instantOf } from './release.js';

/** One reader's widened access to one cable, from a release entry until a withdrawal (or for good). */
export interface ReleaseGrant {
  entrySeq: number;
  cableSeq: number;
  reader: string;
  fromAt: string;
  untilAt: string | null;
}

/** One struck range as the projection holds it, beside the release that struck it. */
export interface RedactionRow {
  entrySeq: number;
  cableSeq: number;
  idx: number;
  start: number;
  end: number;
  reason: string;
  hash: string;
}

/** The rows the release entries make: what `plenipo verify` rebuilds and compares. */
export interface ReleaseRows {
  grants: ReleaseGrant[];
  redactions: RedactionRow[];
}

/** A release or withdrawal entry as the projection reads it. */
export interface ReleaseEntry {
  seq: number;
  id: string;
  payload: ReleasePayload | WithdrawalPayload;
}

/**
 * The release projection (issue 15): for every release entry, a grant per
 * released cable and reader from its date, and its redactions; a withdrawal
 * ends its release's grants from its own date. A pure function of the entries
 * in chain order, given the chain position of each cable id.
 *
 * @example releaseRowsOf([release], new Map([['c1', 4]])).grants // [{ entrySeq: 9, cableSeq: 4, reader: '*', … }]
 */
export function releaseRowsOf(
  entries: readonly ReleaseEntry[],
  seqOf: ReadonlyMap<string, number>,
): ReleaseRows {
  const grants: ReleaseGrant[] = [];
  const redactions: RedactionRow[] = [];
  const seqOfRelease = new Map<string, number>();
  for (const { seq, id, payload } of entries) {
    if (payload.type === 'release') {
      seqOfRelease.set(id, seq);
      const fromAt = instantOf(payload.from);
      for (const cable of payload.cables) {
        const cableSeq = seqOf.get(cable);
        if (cableSeq === undefined) continue;
        for (const reader of payload.readers)
          grants.push({ entrySeq: seq, cableSeq, reader, fromAt, untilAt: null });
      }
      payload.redactions.forEach((redaction, idx) => {
        const cableSeq = seqOf.get(redaction.cable);
        if (cableSeq === undefined) return;
        const { start, end, reason, hash } = redaction;
        redactions.push({ entrySeq: seq, cableSeq, idx, start, end, reason, hash });
      });
    } else {
      const released = seqOfRelease.get(payload.release);
      const untilAt = instantOf(payload.from);
      for (const grant of grants)
        if (grant.entrySeq === released && grant.untilAt === null) grant.untilAt = untilAt;
    }
  }
  return { grants, redactions };
}

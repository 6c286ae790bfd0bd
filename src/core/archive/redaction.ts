import type { Sha256 } from '../registry/chain.js';
import type { Redaction } from './release.js';

/** The mark a released text shows where a passage is struck; the reason follows it. */
export const GAP_MARK = '[…]';

/** A released text in parts: what stands, and where a passage was struck, with the reason. */
export type ReleasedPart = { text: string } | { gap: { reason: string } };

/**
 * The code points of `body` from `start` to `end` (offsets count code points,
 * so an offset never falls inside a surrogate pair).
 */
export function struckText(body: string, start: number, end: number): string {
  return [...body].slice(start, end).join('');
}

/** The hash kept for a struck range: SHA-256 (hex) of its text. */
export function hashOfStruck(body: string, start: number, end: number, sha256: Sha256): string {
  return sha256(struckText(body, start, end));
}

/**
 * Why these ranges cannot be struck from `body`, or null: each must lie within
 * the text, end after it starts, and not overlap another.
 *
 * @example rangeProblem('abc', [{ start: 1, end: 5 }]) // 'end 5 is past the end of the text (3 characters)'
 */
export function rangeProblem(body: string, ranges: readonly { start: number; end: number }[]): string | null {
  const length = [...body].length;
  for (const { start, end } of ranges) {
    if (end > length) return `end ${end} is past the end of the text (${length} characters)`;
    if (start >= end) return `start ${start} must come before end ${end}`;
  }
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i += 1)
    if (sorted[i]!.start < sorted[i - 1]!.end)
      return `the ranges ${sorted[i - 1]!.start}–${sorted[i - 1]!.end} and ${sorted[i]!.start}–${sorted[i]!.end} overlap`;
  return null;
}

/** The released text in parts: the body with each struck range replaced by a gap carrying its reason. */
export function releasedParts(
  body: string,
  redactions: readonly Pick<Redaction, 'start' | 'end' | 'reason'>[],
) {
  const points = [...body];
  const parts: ReleasedPart[] = [];
  let at = 0;
  for (const { start, end, reason } of [...redactions].sort((a, b) => a.start - b.start)) {
    if (start > at) parts.push({ text: points.slice(at, start).join('') });
    parts.push({ gap: { reason } });
    at = end;
  }
  if (at < points.length) parts.push({ text: points.slice(at).join('') });
  return parts;
}

/** The released text as one string: each struck passage shows as `[…]` and its reason in brackets. */
export function releasedBody(
  body: string,
  redactions: readonly Pick<Redaction, 'start' | 'end' | 'reason'>[],
) {
  return releasedParts(body, redactions)
    .map((part) => ('text' in part ? part.text : `${GAP_MARK} [struck: ${part.gap.reason}]`))
    .join('');
}

import type { Sha256 } from './chain.js';

/** The letters of an audience mark: Crockford's base 32, which has no I, L, O or U to misread. */
const MARK_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Six letters, 30 bits: two audiences of one series share a mark with odds of about n²/2³¹ for n audiences. */
const MARK_LENGTH = 6;

/** An audience series code: the standing series, a slash, and the audience's mark, e.g. `TOLON/4KQ2XZ`. */
export const AUDIENCE_SERIES_PATTERN = /^[A-Z][A-Z0-9-]{0,15}\/[0-9A-Z]{6}$/;

/** A series as it stands for a direction: the people of the posts at either end make its standing audience. */
export interface StandingSeries {
  code: string;
  fromPost: string;
  toPost: string | null;
}

/**
 * The standing audience of a series: everyone at the post it is sent from and
 * at the post it goes to (only the first, for a post's general series), as
 * the directory stands. A cable to exactly these people is numbered in the
 * series itself.
 */
export function standingAudienceOf(
  series: StandingSeries,
  people: readonly { id: string; postId: string }[],
): string[] {
  const ends = new Set([series.fromPost, series.toPost ?? series.fromPost]);
  return people
    .filter((person) => ends.has(person.postId))
    .map((person) => person.id)
    .sort();
}

/**
 * The series a cable is numbered in (issue 12, finding 2; the way a restricted
 * distribution had its own telegram series): the standing series when its
 * readers are exactly the standing audience, else a series of its own
 * audience, named by the standing series and a mark made from the readers
 * alone. Every cable of a series then has the same readers, so each series a
 * reader sees is numbered without gaps for him, and no number counts a cable
 * he may not read; and the mark depends on nothing but the readers, so it
 * tells nothing of other audiences either.
 *
 * @example audienceSeries('TOLON', ['molotov', 'stalin'], ['molotov', 'stalin'], sha256) === 'TOLON'
 */
export function audienceSeries(
  series: string,
  readers: readonly string[],
  standingAudience: readonly string[],
  sha256: Sha256,
): string {
  const audience = [...new Set(readers)].sort();
  const standing = [...new Set(standingAudience)].sort();
  if (audience.join('\n') === standing.join('\n')) return series;
  return `${series}/${audienceMark(audience, sha256)}`;
}

/** The mark of an audience: the first 30 bits of the SHA-256 of its sorted readers, in base 32. */
function audienceMark(audience: readonly string[], sha256: Sha256): string {
  const bits = parseInt(sha256(audience.join('\n')).slice(0, 8), 16);
  let mark = '';
  for (let i = MARK_LENGTH - 1; i >= 0; i -= 1) mark += MARK_ALPHABET[(bits >>> (2 + 5 * i)) & 31];
  return mark;
}

/** Is `code` an audience series (numbered for one audience), rather than a standing series? */
export function isAudienceSeries(code: string): boolean {
  return code.includes('/');
}

/** The standing series an audience series belongs to: `TOLON/4KQ2XZ` → `TOLON`. */
export function standingSeriesOf(code: string): string {
  return code.split('/')[0]!;
}

import { z } from 'zod';

/**
 * A span of calendar time: "seven months", "five days", "one hour". Months
 * are calendar months (seven months from 10 February is 10 September), so a
 * duration is not a fixed number of milliseconds.
 */
export const DurationSchema = z
  .strictObject({
    months: z.number().int().min(0).max(120).optional(),
    days: z.number().int().min(0).max(3660).optional(),
    hours: z.number().int().min(0).max(87_840).optional(),
    minutes: z.number().int().min(0).max(5_270_400).optional(),
  })
  .refine(
    (span) => (span.months ?? 0) + (span.days ?? 0) + (span.hours ?? 0) + (span.minutes ?? 0) > 0,
    'must be longer than nothing: give months, days, hours or minutes',
  );
export type Duration = z.infer<typeof DurationSchema>;

/**
 * The instant `span` after `at` (or before it, with `sign` -1), as ISO 8601
 * UTC. A month added to the 31st lands on the last day of a shorter month.
 *
 * @example shiftBy('1946-02-10T00:00:00.000Z', { months: 7 }) === '1946-09-10T00:00:00.000Z'
 */
export function shiftBy(at: string, span: Duration, sign: 1 | -1 = 1): string {
  const date = new Date(at);
  if (span.months) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + sign * span.months);
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  const ms = (((span.days ?? 0) * 24 + (span.hours ?? 0)) * 60 + (span.minutes ?? 0)) * 60_000;
  return new Date(date.getTime() + sign * ms).toISOString();
}

/** A duration in words: "7 days", "1 month 2 hours". */
export function describeDuration(span: Duration): string {
  const parts: [number | undefined, string][] = [
    [span.months, 'month'],
    [span.days, 'day'],
    [span.hours, 'hour'],
    [span.minutes, 'minute'],
  ];
  return parts
    .filter(([n]) => n)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`)
    .join(' ');
}

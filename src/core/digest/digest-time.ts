/**
 * A reader's day and hour in their own time zone (issue 14: a digest "per
 * day at an hour they choose in their own time zone"). Intl carries the IANA
 * zone database, so summer time is the zone's own, not a fixed offset.
 */

/** Whether `zone` is an IANA time zone this runtime knows (`Europe/Moscow`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `zone`. */
export function dayIn(instant: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** How far `zone`'s wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(epochMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant (ISO 8601 UTC) at which `hour` o'clock strikes on `day` in
 * `zone`. An hour skipped by a change of clocks falls an hour later.
 *
 * @example scheduledAt('1945-09-12', 8, 'Europe/London') // '1945-09-12T06:00:00.000Z' (double summer time)
 */
export function scheduledAt(day: string, hour: number, zone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date, hour);
  let instant = wall - offsetAt(wall, zone);
  instant = wall - offsetAt(instant, zone);
  return new Date(instant).toISOString();
}

/** The instant `hours` before `instant`. */
export function hoursBefore(instant: string, hours: number): string {
  return new Date(Date.parse(instant) - hours * 3_600_000).toISOString();
}

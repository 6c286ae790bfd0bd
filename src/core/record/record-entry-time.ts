/**
 * The instant an entry or move is placed at on the record's time line: its
 * own time of day on its session's date, or midday of that date when the
 * record gives no time, or, for a move reported with no session, the moment
 * its report was registered.
 */
export function entryInstant(sessionDate: string | null, at: string | undefined, fallback: string): string {
  if (at?.includes('T')) return new Date(at).toISOString();
  if (!sessionDate) return new Date(fallback).toISOString();
  const day = sessionDate.slice(0, 10);
  return new Date(`${day}T${at ?? '12:00'}:00Z`).toISOString();
}

/** Whether a session dated `date` (YYYY-MM-DD…) has begun by the instant `now`. */
export function hasBegun(date: string, now: string): boolean {
  return date.slice(0, 10) <= now.slice(0, 10);
}

/**
 * The one way the UI writes dates and times (PRODUCT.md §Cable: registered
 * time is UTC, shown in the reader's zone). An instant reads
 * '12 Sept 1945, 12:30 GMT+3' in the reader's zone, with its UTC form for a
 * tooltip; a calendar day (a session, an "as of" date, a conference's dates)
 * reads '20 Sept 1945'. The zone is always named as an offset from GMT, so
 * the same zone never reads two ways ('GMT' and 'GMT+0', 'BST' and 'GMT+1').
 */

const LOCALE = 'en-GB';
const instants = new Map<string, Intl.DateTimeFormat>();
const day = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An instant (ISO 8601) in `zone`, e.g. '12 Sept 1945, 12:30 GMT+3'; text that is not a date is shown as given. */
export function formatInstant(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // ICU writes a zero offset 'GMT+0' in some places and 'GMT' in others: always 'GMT'.
  return instantFormat(zone)
    .format(date)
    .replace(/GMT[+-]0$/, 'GMT');
}

/** The same instant in UTC, for the tooltip: '12 Sept 1945, 09:30 UTC'. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return instantFormat('UTC')
    .format(date)
    .replace(/GMT([+-]0)?$/, 'UTC');
}

/** A calendar day ('1945-09-20', or the day of an ISO instant in UTC): '20 Sept 1945'. */
export function formatDay(text: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return text;
  return day.format(date);
}

function instantFormat(zone: string): Intl.DateTimeFormat {
  let format = instants.get(zone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    };
    try {
      format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: zone });
    } catch {
      // An unknown zone in the directory must not blank the inbox: fall back to UTC, named as such.
      format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
    }
    instants.set(zone, format);
  }
  return format;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A registered time (ISO UTC) as the reader sees it: in the reader's zone,
 * with the zone named, e.g. '12 Sept 1945, 12:30 GMT+3'. PRODUCT.md §Cable:
 * registered time is UTC, shown in the reader's zone.
 */
export function formatTime(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterFor(zone).format(date);
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    };
    try {
      formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    } catch {
      // An unknown zone in the directory must not blank the inbox: fall back to UTC, named as such.
      formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

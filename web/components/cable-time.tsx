import { formatInstant, formatUtc } from '../format/date-time.js';
import { useSession } from '../hooks/use-session.js';

/** An instant in the reader's zone, with UTC on hover and for machines. */
export function CableTime({ at }: { at: string }) {
  const { me } = useSession();
  return (
    <time dateTime={at} title={formatUtc(at)}>
      {formatInstant(at, me.zone)}
    </time>
  );
}

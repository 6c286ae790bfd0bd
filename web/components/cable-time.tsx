import { useSession } from '../hooks/use-session.js';
import { formatTime } from './format-time.js';

/** A registered time in the reader's zone, machine-readable as UTC. */
export function CableTime({ at }: { at: string }) {
  const { me } = useSession();
  return (
    <time dateTime={at} title={`${at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')} UTC`}>
      {formatTime(at, me.zone)}
    </time>
  );
}

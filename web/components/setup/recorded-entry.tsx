import { Link } from '@tanstack/react-router';
import type { SetupOutcome } from '../../hooks/use-setup-entry.js';
import { ErrorNote } from '../error-note.js';

/**
 * What a change became: the setup entry of the registry it was recorded as,
 * linked to the entry itself, or the server's refusal. A refusal that names a
 * field is shown on that field too.
 */
export function RecordedEntry({ outcome, done }: { outcome: SetupOutcome; done?: string }) {
  if (outcome.entry) {
    return (
      <>
        <p className="recorded-entry" role="status" data-testid="recorded-entry">
          {done ?? 'Recorded'} as setup entry{' '}
          <Link to="/cable/$ref" params={{ ref: outcome.entry.number }} className="registry-number">
            {outcome.entry.number}
          </Link>
          .
        </p>
        <ErrorNote message={outcome.message} />
      </>
    );
  }
  return <ErrorNote message={outcome.message} />;
}

/** A done message for a call that is not a setup entry (a password set, a person disabled). */
export function DoneNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="recorded-entry" role="status">
      {message}
    </p>
  );
}

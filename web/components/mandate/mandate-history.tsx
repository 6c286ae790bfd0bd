import type { HistoryEntry } from '../../api/schema.js';
import { CableTime } from '../cable-time.js';
import { CitedCableLink } from '../cited-cable-link.js';
import { ChangeList } from './change-list.js';
import type { Names } from './describe-mandate.js';

/**
 * The mandate's history: every directive on the issue the reader may read, in
 * registry order, with its changes. One that takes effect after the date
 * viewed is marked; one that takes effect before its registration is a correction.
 */
export function MandateHistory({
  history,
  at,
  names,
}: {
  history: HistoryEntry[];
  at: string;
  names: Names;
}) {
  return (
    <section className="mandate-section" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {history.length === 0 ? (
        <p className="muted">No directive on this issue that you may read.</p>
      ) : (
        <ol className="history">
          {history.map((entry) => {
            const later = entry.effectiveAt > at;
            return (
              <li
                key={entry.directive.id}
                className={later ? 'later' : undefined}
                data-testid="history-entry"
              >
                <p className="history-head">
                  <CitedCableLink cable={entry.directive} />
                  <span>
                    registered <CableTime at={entry.registeredAt} />
                  </span>
                  {entry.effectiveAt !== entry.registeredAt && (
                    <span>
                      effective <CableTime at={entry.effectiveAt} />
                    </span>
                  )}
                  {later && <span className="badge not-yet">not yet in force</span>}
                </p>
                <ChangeList changes={entry.changes} names={names} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { cableHref } from '../hooks/parse-route.js';
import { useSession } from '../hooks/use-session.js';
import { CableTime } from './cable-time.js';
import { PrecedenceBadge } from './precedence-badge.js';
import { RegistryNumber } from './registry-number.js';
import { VerdictBadge } from './verdict-badge.js';

const SHOWN = 12;

/**
 * The header's alert badge: the count of unseen alerts, opening the latest
 * alerts, each a link to its report. Reading the report marks them seen.
 */
export function AlertsMenu() {
  const { alerts, directory } = useSession();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');

  useEffect(() => {
    // A disclosure closes only from its summary; this one also closes on a click elsewhere or Escape.
    const closeOutside = (event: Event) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !menu.current?.contains(event.target as Node)
      )
        menu.current?.removeAttribute('open');
    };
    document.addEventListener('click', closeOutside);
    document.addEventListener('keydown', closeOutside);
    return () => {
      document.removeEventListener('click', closeOutside);
      document.removeEventListener('keydown', closeOutside);
    };
  }, []);
  const latest = [...alerts.list].sort((a, b) => Number(a.seenAt !== null) - Number(b.seenAt !== null));
  return (
    <details className="alerts-menu" ref={menu}>
      <summary data-testid="alerts-badge" data-unseen={alerts.unseen}>
        Alerts
        {alerts.unseen > 0 && (
          <span className="alert-count" data-testid="alert-count">
            {alerts.unseen}
            <span className="visually-hidden"> unseen</span>
          </span>
        )}
      </summary>
      <div className="alerts-panel">
        {latest.length === 0 ? (
          <p className="muted">No alerts: every reported move was within the mandate.</p>
        ) : (
          <ul>
            {latest.slice(0, SHOWN).map((alert) => (
              <li key={alert.id} className={alert.seenAt ? 'seen' : 'unseen'}>
                <a href={cableHref(alert.report.id)} onClick={close}>
                  <RegistryNumber number={alert.report.number} />{' '}
                  <PrecedenceBadge precedence={directory.precedences[alert.precedenceRank] ?? '?'} />{' '}
                  <VerdictBadge verdict={alert.verdict} />
                  <span className="visually-hidden">{alert.seenAt ? ' (seen)' : ' (unseen)'}</span>
                </a>
                <span className="muted alert-when">
                  move {alert.idx + 1} · <CableTime at={alert.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}

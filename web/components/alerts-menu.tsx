import { Link } from '@tanstack/react-router';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import { CableTime } from './cable-time.js';
import { PrecedenceBadge } from './precedence-badge.js';
import { RegistryNumber } from './registry-number.js';
import { VerdictBadge } from './verdict-badge.js';

const SHOWN = 12;

/**
 * The header's alert badge: the count of unseen alerts, opening the latest
 * alerts, each a link to its report. Reading the report marks them seen.
 */
export function AlertsMenu({ portal }: { portal: HTMLElement | null }) {
  const { alerts, directory } = useSession();
  const latest = [...alerts.list].sort((a, b) => Number(a.seenAt !== null) - Number(b.seenAt !== null));
  return (
    <DialogTrigger>
      <Button className="alerts-button" data-testid="alerts-badge" data-unseen={alerts.unseen}>
        Alerts
        {alerts.unseen > 0 && (
          <span className="alert-count" data-testid="alert-count">
            {alerts.unseen}
            <span className="visually-hidden"> unseen</span>
          </span>
        )}
      </Button>
      <Popover
        placement="bottom end"
        className="popover alerts-panel"
        {...(portal ? { UNSTABLE_portalContainer: portal } : {})}
      >
        <Dialog>
          {({ close }) => (
            <>
              <Heading slot="title" className="visually-hidden">
                Alerts
              </Heading>
              {latest.length === 0 ? (
                <p className="muted">No alerts for you.</p>
              ) : (
                <ul>
                  {latest.slice(0, SHOWN).map((alert) => (
                    <li key={alert.id} className={alert.seenAt ? 'seen' : 'unseen'}>
                      <Link {...cableLink(alert.report.id)} onClick={close}>
                        <RegistryNumber number={alert.report.number} />{' '}
                        <PrecedenceBadge precedence={directory.precedences[alert.precedenceRank] ?? '?'} />{' '}
                        <VerdictBadge verdict={alert.verdict} />
                        <span className="visually-hidden">{alert.seenAt ? ' (seen)' : ' (unseen)'}</span>
                      </Link>
                      <span className="muted alert-when">
                        move {alert.idx + 1} · <CableTime at={alert.createdAt} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

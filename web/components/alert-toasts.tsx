import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { Toast } from '../hooks/use-alerts.js';
import { useSession } from '../hooks/use-session.js';
import { cableLink } from '../router/links.js';
import { PrecedenceBadge } from './precedence-badge.js';
import { RegistryNumber } from './registry-number.js';
import { VerdictBadge } from './verdict-badge.js';

const SHOWN_MS = 30_000;

/**
 * Alerts pushed while the page is open, one toast each, naming the report,
 * the verdict and the precedence. The region is always in the page so screen
 * readers announce what is added to it.
 */
export function AlertToasts() {
  const { alerts } = useSession();
  return (
    <section className="toasts" aria-live="polite" aria-label="New alerts">
      {alerts.toasts.map((toast) => (
        <AlertToast key={toast.key} toast={toast} dismiss={alerts.dismiss} />
      ))}
    </section>
  );
}

function AlertToast({ toast, dismiss }: { toast: Toast; dismiss: (key: number) => void }) {
  const { key } = toast;
  useEffect(() => {
    const timer = setTimeout(() => dismiss(key), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [key, dismiss]);
  const onDismiss = () => dismiss(key);
  return (
    <div
      className={`toast toast-${toast.verdict.toLowerCase().replaceAll('_', '-')}`}
      data-testid="alert-toast"
    >
      <p className="toast-line">
        <PrecedenceBadge precedence={toast.precedence} />
        <VerdictBadge verdict={toast.verdict} />
        <span>
          {toast.moves > 1 ? `worst of ${toast.moves} moves` : '1 move'} in report{' '}
          <RegistryNumber number={toast.report.number} />
        </span>
      </p>
      <p className="toast-subject">{toast.subject}</p>
      <p className="toast-actions">
        <Link {...cableLink(toast.report.id)} onClick={onDismiss}>
          Open report {toast.report.number}
        </Link>
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}

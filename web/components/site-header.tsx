import type { Route } from '../hooks/parse-route.js';
import { useSession } from '../hooks/use-session.js';
import { AlertsMenu } from './alerts-menu.js';

/** The bar on every signed-in page: where to go, the unread and alert counts, who is signed in. */
export function SiteHeader({ route, onLogout }: { route: Route; onLogout: () => void }) {
  const { me, unread } = useSession();
  const current = (scene: Route['scene']) => (route.scene === scene ? 'page' : undefined);
  return (
    <header className="site-header">
      <a className="brand" href="#/inbox">
        plenipo
      </a>
      <nav aria-label="Main">
        <a href="#/inbox" aria-current={current('inbox')}>
          Inbox
          {unread > 0 && (
            <span className="unread-count" data-testid="unread-count">
              {unread}
              <span className="visually-hidden"> unread</span>
            </span>
          )}
        </a>
        <a href="#/compose" aria-current={current('compose')}>
          Compose
        </a>
        <a href="#/search" aria-current={current('search')}>
          Search
        </a>
        <a href="#/mandates" aria-current={current('mandates')}>
          Mandates
        </a>
      </nav>
      <AlertsMenu />
      <span className="whoami">
        {me.name}
        <span className="muted"> · {me.title}</span>
      </span>
      <button type="button" className="link-button" onClick={onLogout}>
        Log out
      </button>
    </header>
  );
}

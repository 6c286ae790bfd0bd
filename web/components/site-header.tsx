import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { queries } from '../api/queries.js';
import { useSession } from '../hooks/use-session.js';
import { AlertsMenu } from './alerts-menu.js';

/**
 * The bar on every signed-in page: where to go, the unread and alert counts,
 * and who is signed in (behind a button, so that the bar fits a phone).
 */
export function SiteHeader() {
  const { me, logout } = useSession();
  const unread = useQuery(queries.unread()).data ?? 0;
  // The popovers open inside the header, so that what they show is inside its landmark.
  const [header, setHeader] = useState<HTMLElement | null>(null);
  const inHeader = header ? { UNSTABLE_portalContainer: header } : {};
  return (
    <header className="site-header" ref={setHeader}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Link className="brand" to="/inbox">
        plenipo
      </Link>
      <nav aria-label="Main">
        <Link to="/overview">Overview</Link>
        <Link to="/delegation">Delegation</Link>
        <Link to="/inbox" activeOptions={{ includeSearch: false }}>
          Inbox
          {unread > 0 && (
            <span className="unread-count" data-testid="unread-count">
              {unread}
              <span className="visually-hidden"> unread</span>
            </span>
          )}
        </Link>
        <Link to="/compose" activeOptions={{ includeSearch: false }}>
          Compose
        </Link>
        <Link to="/search" activeOptions={{ includeSearch: false }}>
          Search
        </Link>
        <Link to="/mandates" activeOptions={{ includeSearch: false }}>
          Mandates
        </Link>
        <Link to="/record" activeOptions={{ includeSearch: false }}>
          Record
        </Link>
        <Link to="/map" activeOptions={{ includeSearch: false }}>
          Map
        </Link>
        {(me.roles.includes('admin') || me.roles.includes('secretariat')) && (
          <Link to={me.roles.includes('admin') ? '/organisation/people' : '/organisation/conferences'}>
            Organisation
          </Link>
        )}
        <Link to="/deadlines" activeOptions={{ includeSearch: false }}>
          Deadlines
        </Link>
        {(me.roles.includes('admin') || me.roles.includes('auditor')) && (
          <Link to="/registry/audit" activeOptions={{ includeSearch: false }}>
            Registry
          </Link>
        )}
        <Link to="/digest">Digest</Link>
      </nav>
      <div className="header-tools">
        <AlertsMenu portal={header} />
        <DialogTrigger>
          <Button className="account-button" aria-label={`Account: ${me.name}`}>
            <span className="account-name">{me.name}</span>
            <span aria-hidden="true" className="account-initials">
              {initialsOf(me.name)}
            </span>
          </Button>
          <Popover placement="bottom end" className="popover account-panel" {...inHeader}>
            <Dialog>
              <Heading slot="title" className="account-heading">
                {me.name}
              </Heading>
              <p className="muted">{me.title}</p>
              <Button className="link-button" onPress={logout}>
                Log out
              </Button>
            </Dialog>
          </Popover>
        </DialogTrigger>
      </div>
    </header>
  );
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

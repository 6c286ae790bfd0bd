import { createContext, useContext } from 'react';
import type { DirectoryIndex } from '../api/directory-index.js';
import type { CableSummary, Directory, Person } from '../api/schema.js';
import type { Alerts } from './use-alerts.js';

/** What every signed-in page knows: the reader, the directory, the live feed and the alerts. */
export interface Session {
  me: Person;
  directory: Directory;
  index: DirectoryIndex;
  /** Unread cables in the reader's inbox, as the server last counted them. */
  unread: number;
  refreshUnread(): void;
  /** Cables pushed since sign-in, newest first, each report with the worst verdict pushed for it. */
  live: CableSummary[];
  alerts: Alerts;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a signed-in page');
  return session;
}

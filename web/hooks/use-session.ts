import { createContext, useContext } from 'react';
import type { DirectoryIndex } from '../api/directory-index.js';
import type { Directory, Person } from '../api/schema.js';
import type { Alerts } from './use-alerts.js';

/** What every signed-in page knows: the reader, the directory and the alerts. */
export interface Session {
  me: Person;
  directory: Directory;
  index: DirectoryIndex;
  alerts: Alerts;
  logout(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a signed-in page');
  return session;
}

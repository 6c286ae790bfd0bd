import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo } from 'react';
import { api } from './api/api.js';
import { SIGNED_OUT_EVENT } from './api/client.js';
import { indexDirectory } from './api/directory-index.js';
import { receiveAlert, receiveCable, reconnected } from './api/live-cache.js';
import { queries } from './api/queries.js';
import type { Directory, Person } from './api/schema.js';
import { ErrorNote } from './components/error-note.js';
import { useAlerts } from './hooks/use-alerts.js';
import { useLiveEvents } from './hooks/use-live-events.js';
import { forgetDrafts } from './hooks/use-saved-draft.js';
import { type Session, SessionContext } from './hooks/use-session.js';
import type { createAppRouter } from './router/router.js';

type AppRouter = ReturnType<typeof createAppRouter>;

// Most visits find a session: the login page (and its form fields) load only when there is none.
const LoginScene = lazy(() => import('./scenes/login-scene.js').then((m) => ({ default: m.LoginScene })));
const FirstRunScene = lazy(() =>
  import('./scenes/first-run-scene.js').then((m) => ({ default: m.FirstRunScene })),
);

/** Finds out who is signed in, then shows the page the URL names; the login page otherwise, at the same URL. */
export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionGate router={router} />
    </QueryClientProvider>
  );
}

function SessionGate({ router }: { router: AppRouter }) {
  const client = useQueryClient();
  const me = useQuery(queries.me());
  const directory = useQuery({ ...queries.directory(), enabled: Boolean(me.data) });

  // Whoever signs in next sees nothing of what the last reader loaded. (A 401 while nobody is
  // signed in, the answer that says so, changes nothing.)
  const signOut = useCallback(() => {
    if (!client.getQueryData(queries.me().queryKey)) return;
    forgetDrafts();
    client.setQueryData(queries.me().queryKey, null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  }, [client]);
  useEffect(() => {
    window.addEventListener(SIGNED_OUT_EVENT, signOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signOut);
  }, [signOut]);

  if (me.isError || directory.isError) {
    return (
      <Boot>
        <ErrorNote message={`plenipo cannot be reached: ${(me.error ?? directory.error)?.message}`} />
        <button type="button" onClick={() => void client.resetQueries()}>
          Try again
        </button>
      </Boot>
    );
  }
  if (me.isPending) return <Boot>Loading…</Boot>;
  if (!me.data && window.location.pathname === '/setup') {
    return (
      <Suspense fallback={<Boot>Loading…</Boot>}>
        <FirstRunScene onSignedIn={() => client.resetQueries({ queryKey: queries.me().queryKey })} />
      </Suspense>
    );
  }
  if (!me.data) {
    return (
      <Suspense fallback={<Boot>Loading…</Boot>}>
        <LoginScene onLogin={() => client.resetQueries({ queryKey: queries.me().queryKey })} />
      </Suspense>
    );
  }
  if (!directory.data) return <Boot>Loading…</Boot>;
  return (
    <SignedIn
      me={me.data.person}
      directory={directory.data}
      signOut={() => {
        signOut();
        // The next reader to sign in here starts at the inbox, not on the last one's page.
        void router.navigate({ to: '/inbox' });
      }}
    >
      <RouterProvider router={router} />
    </SignedIn>
  );
}

function Boot({ children }: { children: ReactNode }) {
  return (
    <main className="boot">
      <p className="muted">{children}</p>
    </main>
  );
}

interface SignedInProps {
  me: Person;
  directory: Directory;
  signOut: () => void;
  children: ReactNode;
}

/** A signed-in reader: live events keep the cache current, alerts pop up as toasts. */
function SignedIn({ me, directory, signOut, children }: SignedInProps) {
  const client = useQueryClient();
  const alerts = useAlerts();
  useLiveEvents({
    onCable: (cable) => receiveCable(client, cable, me.id),
    onAlert: (alert) => {
      receiveAlert(client, alert);
      alerts.receive(alert);
    },
    // A deadline warned or lapsed: the deadlines and their alerts are fetched again.
    onDeadline: () => void client.invalidateQueries({ queryKey: ['deadlines'] }),
    onReconnect: () => reconnected(client),
  });
  const session = useMemo<Session>(
    () => ({
      me,
      directory,
      index: indexDirectory(directory),
      alerts,
      logout: () => {
        void api.logout().finally(signOut);
      },
    }),
    [me, directory, alerts, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

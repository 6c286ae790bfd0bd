import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from './api/api.js';
import { SIGNED_OUT_EVENT } from './api/client.js';
import { indexDirectory } from './api/directory-index.js';
import type { CableSummary, Directory, Person } from './api/schema.js';
import { AlertToasts } from './components/alert-toasts.js';
import { SiteHeader } from './components/site-header.js';
import type { Route } from './hooks/parse-route.js';
import { useAlerts } from './hooks/use-alerts.js';
import { useLiveEvents } from './hooks/use-live-events.js';
import { useRoute } from './hooks/use-route.js';
import { type Session, SessionContext } from './hooks/use-session.js';
import { CableScene } from './scenes/cable-scene.js';
import { ComposeScene } from './scenes/compose-scene.js';
import { InboxScene } from './scenes/inbox-scene.js';
import { LoginScene } from './scenes/login-scene.js';
import { SearchScene } from './scenes/search-scene.js';

// The mandate panel is loaded when first opened: most pages never need it.
const MandatesScene = lazy(() =>
  import('./scenes/mandates-scene.js').then((m) => ({ default: m.MandatesScene })),
);
const MandateScene = lazy(() =>
  import('./scenes/mandate-scene.js').then((m) => ({ default: m.MandateScene })),
);

type Auth =
  | { state: 'checking' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; me: Person; directory: Directory };

/** Finds out who is signed in, then shows the page the hash names. */
export function App() {
  const route = useRoute();
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });
  const [unread, setUnread] = useState(0);
  const [live, setLive] = useState<CableSummary[]>([]);

  const loadSession = useCallback(async () => {
    try {
      const [{ person }, directory] = await Promise.all([api.me(), api.directory()]);
      setAuth({ state: 'signed-in', me: person, directory });
    } catch {
      setAuth({ state: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void loadSession();
    const signedOut = () => setAuth({ state: 'signed-out' });
    window.addEventListener(SIGNED_OUT_EVENT, signedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, signedOut);
  }, [loadSession]);

  const signedIn = auth.state === 'signed-in';
  const refreshUnread = useCallback(() => {
    api.inbox('in', 1, 0).then(
      (page) => setUnread(page.unread),
      () => {},
    );
  }, []);

  useEffect(() => {
    if (signedIn) refreshUnread();
  }, [signedIn, refreshUnread]);

  const alerts = useAlerts(signedIn);
  useLiveEvents(
    {
      onCable(cable) {
        setLive((before) => (before.some((c) => c.id === cable.id) ? before : [cable, ...before]));
        refreshUnread();
      },
      onAlert: alerts.receive,
    },
    signedIn,
  );

  // A pushed cable comes before its verdicts: a report's badge follows from its alerts.
  const { pushedVerdicts } = alerts;
  const liveWithVerdicts = useMemo(
    () =>
      live.map((cable) =>
        cable.verdict || !pushedVerdicts.has(cable.id)
          ? cable
          : { ...cable, verdict: pushedVerdicts.get(cable.id) },
      ),
    [live, pushedVerdicts],
  );

  const index = useMemo(() => (auth.state === 'signed-in' ? indexDirectory(auth.directory) : null), [auth]);
  const session = useMemo<Session | null>(
    () =>
      auth.state === 'signed-in' && index
        ? {
            me: auth.me,
            directory: auth.directory,
            index,
            unread,
            refreshUnread,
            live: liveWithVerdicts,
            alerts,
          }
        : null,
    [auth, index, unread, refreshUnread, liveWithVerdicts, alerts],
  );

  async function logout() {
    await api.logout().catch(() => {});
    setLive([]);
    setUnread(0);
    setAuth({ state: 'signed-out' });
    window.location.hash = '#/inbox';
  }

  if (auth.state === 'checking') return <p className="muted boot">Loading…</p>;
  if (!session) return <LoginScene onLogin={loadSession} />;
  return (
    <SessionContext.Provider value={session}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <SiteHeader route={route} onLogout={logout} />
      <AlertToasts />
      <div id="content">
        <Suspense fallback={<main className="muted">Loading…</main>}>
          <Scene route={route} />
        </Suspense>
      </div>
    </SessionContext.Provider>
  );
}

function Scene({ route }: { route: Route }) {
  switch (route.scene) {
    case 'inbox':
      return <InboxScene key={route.box} box={route.box} />;
    case 'cable':
      return <CableScene key={route.ref} cableRef={route.ref} />;
    case 'compose':
      return <ComposeScene reply={route.reply} authority={route.authority} />;
    case 'search':
      return <SearchScene params={route.params} />;
    case 'mandates':
      return route.issue ? (
        <MandateScene key={route.issue} conference={route.conference} issue={route.issue} at={route.at} />
      ) : (
        <MandatesScene conference={route.conference} at={route.at} />
      );
  }
}

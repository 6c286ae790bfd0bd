import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/api.js';
import type { Instance } from '../api/types.js';
import { ErrorNote } from '../components/error-note.js';

/** Sign-in; on success the app loads the session. The server's message is shown as it is. */
export function LoginScene({ onLogin }: { onLogin: () => Promise<void> }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<Instance['demo']>(null);

  useEffect(() => {
    // Only a hint for first visitors: without it the form works the same.
    api.instance().then(
      (instance) => setDemo(instance.demo),
      () => setDemo(null),
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.login(login, password);
      await onLogin();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <form className="login-form" onSubmit={submit}>
        <h1>plenipo</h1>
        <p className="muted">Registered cables between the principal and the delegation.</p>
        <label htmlFor="login">Login</label>
        <input
          id="login"
          name="login"
          autoComplete="username"
          required
          value={login}
          onChange={(e) => setLogin(e.target.value)}
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorNote message={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Log in'}
        </button>
        {demo && <DemoLogins demo={demo} />}
      </form>
    </main>
  );
}

/** The example's logins, shown only when the server says the example is loaded. */
function DemoLogins({ demo }: { demo: NonNullable<Instance['demo']> }) {
  return (
    <aside className="demo-logins" aria-label="Demo accounts">
      <p>
        This server holds the {demo.example} example. Sign in as any of its people with the password{' '}
        <code>{demo.password}</code>:
      </p>
      <ul>
        {demo.logins.map(({ login, name }) => (
          <li key={login}>
            <code>{login}</code> <span className="muted">{name}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

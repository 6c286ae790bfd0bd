import { type FormEvent, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api } from '../api/api.js';
import type { Instance } from '../api/schema.js';
import { ErrorNote } from '../components/error-note.js';
import { TextField } from '../components/text-field.js';
import { usePageTitle } from '../router/use-page-title.js';

/** Sign-in; on success the app loads the session. The server's message is shown as it is. */
export function LoginScene({ onLogin }: { onLogin: () => Promise<void> }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle('Log in');
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
      <Form className="login-form" onSubmit={submit} validationBehavior="aria">
        <h1>plenipo</h1>
        <p className="muted">Registered cables between the principal and the delegation.</p>
        <TextField
          label="Login"
          name="login"
          autoComplete="username"
          isRequired
          value={login}
          onChange={setLogin}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
        />
        <ErrorNote message={error} />
        <Button type="submit" isDisabled={busy}>
          {busy ? 'Signing in…' : 'Log in'}
        </Button>
        {demo && <DemoLogins demo={demo} />}
      </Form>
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

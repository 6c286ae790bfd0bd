import { type FormEvent, useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api } from '../api/api.js';
import { ApiError } from '../api/api-error.js';
import { setupApi } from '../api/setup-api.js';
import { ErrorNote } from '../components/error-note.js';
import { TextField } from '../components/text-field.js';
import { usePageTitle } from '../router/use-page-title.js';

/** The token of the setup link, from its fragment (`/setup#token=…`), which the browser never sends. */
function tokenOfLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

const EMPTY = { id: '', name: '', password: '', postId: '', postName: '', place: '', zone: '' };

/**
 * The first run of a registry with no administrator: the link printed on the
 * server's console opens this form, which creates the first administrator
 * (and their post), then signs them in. Without the link's token it only
 * says how to get one.
 */
export function FirstRunScene({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  usePageTitle('First run');
  const [token] = useState(tokenOfLink);
  const [open, setOpen] = useState<boolean | null>(null);
  const [fields, setFields] = useState({
    ...EMPTY,
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (changed: Partial<typeof EMPTY>) => setFields({ ...fields, ...changed });

  useEffect(() => {
    setupApi.firstRunOpen().then(setOpen, () => setOpen(false));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    const { postId, postName, place, zone, ...person } = fields;
    try {
      await setupApi.claimFirstRun({
        token,
        ...person,
        ...(postId ? { post: { id: postId, name: postName, place, zone } } : {}),
      });
      await api.login(person.id, person.password);
      // The link is spent: a fresh page at the clerk's desk, with no token in the address bar.
      await onSignedIn();
      window.location.replace('/organisation/people');
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : undefined;
      const formField = field?.startsWith('post.')
        ? { 'post.id': 'postId', 'post.name': 'postName', 'post.place': 'place', 'post.zone': 'zone' }[field]
        : field;
      if (formField) setErrors({ [formField]: (caught as Error).message.replace(/^[^:]+: /, '') });
      setMessage(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <Form
        validationBehavior="aria"
        className="login-form"
        onSubmit={submit}
        validationErrors={errors}
        aria-labelledby="first-run"
      >
        <h1 id="first-run">First run</h1>
        {open === false && (
          <p>
            This link does not open a setup: an administrator exists already, or the link has expired. Sign in
            at <a href="/">the start page</a>, or create an administrator on the server’s console with{' '}
            <code>plenipo users add --admin</code>.
          </p>
        )}
        {open && !token && (
          <p>Open the setup link printed on the server’s console: it carries a one-time token.</p>
        )}
        {open && token && (
          <>
            <p className="muted">
              Create the first administrator, the registry clerk, who then sets up everyone else.
            </p>
            <TextField
              label="Login"
              name="id"
              hint="lower-case letters, digits and dashes"
              autoComplete="username"
              isRequired
              value={fields.id}
              onChange={(id) => set({ id })}
            />
            <TextField
              label="Full name"
              name="name"
              isRequired
              value={fields.name}
              onChange={(name) => set({ name })}
            />
            <TextField
              label="Password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="at least 8 characters"
              isRequired
              value={fields.password}
              onChange={(password) => set({ password })}
            />
            <TextField
              label="Post id"
              name="postId"
              hint="the administrator’s post, e.g. hq; empty: the registry’s own"
              value={fields.postId}
              onChange={(postId) => set({ postId })}
            />
            <TextField
              label="Post name"
              name="postName"
              isRequired={Boolean(fields.postId)}
              value={fields.postName}
              onChange={(postName) => set({ postName })}
            />
            <TextField label="Place" name="place" value={fields.place} onChange={(place) => set({ place })} />
            <TextField
              label="Time zone"
              name="zone"
              hint="an IANA zone such as Europe/London"
              value={fields.zone}
              onChange={(zone) => set({ zone })}
            />
            <ErrorNote message={message} />
            <Button type="submit" isDisabled={busy}>
              {busy ? 'Creating…' : 'Create the administrator'}
            </Button>
          </>
        )}
      </Form>
    </main>
  );
}

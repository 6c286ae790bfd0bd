import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiError } from '../../api/api-error.js';
import { setupApi } from '../../api/setup-api.js';
import { ErrorNote } from '../error-note.js';
import { TextField } from '../text-field.js';
import { DoneNote } from './recorded-entry.js';

/**
 * A person's account, which is not part of the chain: their password, and
 * whether they may sign in (disabled, or locked after wrong passwords). Each
 * action is in the audit log.
 */
export function PersonAccount({ id, ended }: { id: string; ended: boolean }) {
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; field?: string | undefined } | null>(null);

  async function act(action: () => Promise<void>, message: string) {
    setDone(null);
    setError(null);
    try {
      await action();
      setDone(message);
      return true;
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? { message: caught.message, field: caught.field }
          : { message: String(caught) },
      );
      return false;
    }
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await act(() => setupApi.setPassword(id, password), 'The password is set.')) setPassword('');
  }

  return (
    <section aria-labelledby="account-heading" className="setup-form">
      <h3 id="account-heading">Account</h3>
      {!ended && (
        <Form onSubmit={submit} validationBehavior="aria" aria-label="Set a password">
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            hint="at least 8 characters"
            isRequired
            value={password}
            onChange={setPassword}
            error={error?.field === 'password' ? error.message.replace(/^password: /, '') : null}
          />
          <Button type="submit">Set password</Button>
        </Form>
      )}
      <div className="button-row">
        <Button onPress={() => act(() => setupApi.disable(id), 'Disabled: sign-in refused, sessions ended.')}>
          Disable
        </Button>
        <Button onPress={() => act(() => setupApi.enable(id), 'Enabled: they may sign in again.')}>
          Enable
        </Button>
        <Button onPress={() => act(() => setupApi.unlock(id), 'The login is unlocked.')}>Unlock login</Button>
      </div>
      <DoneNote message={done} />
      <ErrorNote message={error && error.field !== 'password' ? error.message : null} />
    </section>
  );
}

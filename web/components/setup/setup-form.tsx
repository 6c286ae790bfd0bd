import type { FormEvent, ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import type { SetupChangeRequest } from '../../api/setup-api.js';
import { forgetOnInput, useSetupEntry } from '../../hooks/use-setup-entry.js';
import { RecordedEntry } from './recorded-entry.js';

interface SetupFormProps {
  /** The form's heading and accessible name, e.g. 'New post'. */
  title: string;
  /** 2 where the form sits right under the page's heading, 3 (the default) inside a titled section. */
  headingLevel?: 2 | 3;
  submitLabel: string;
  /** The changes the form asks for, recorded as one entry; null when the form itself finds nothing to send. */
  changes: () => SetupChangeRequest[] | null;
  /** After the entry is registered (clear the fields). */
  onRecorded?: () => void;
  /** After the entry: a further call, e.g. a new person's first password. */
  after?: () => Promise<void>;
  /** Field names as the server names them → the form's own. */
  fieldMap?: (field: string) => string;
  children: (errors: Record<string, string>) => ReactNode;
}

/**
 * One change to the organisation as a form: its fields, a submit button, and
 * what came of it — the setup entry it became, or the server's refusal shown
 * on the field it names (React Aria's form errors for text fields, the
 * `errors` given to the children for the rest).
 */
export function SetupForm({
  title,
  headingLevel = 3,
  submitLabel,
  changes,
  onRecorded,
  after,
  fieldMap,
  children,
}: SetupFormProps) {
  const setup = useSetupEntry(fieldMap);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const asked = changes();
    if (!asked) return;
    await setup.record(asked, async () => {
      if (after) await after();
      onRecorded?.();
    });
  }
  const id = `form-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Form
      validationBehavior="aria"
      className="setup-form"
      onSubmit={submit}
      validationErrors={setup.outcome.errors}
      {...forgetOnInput(setup.forget)}
      aria-labelledby={id}
      data-testid={id}
    >
      {headingLevel === 2 ? <h2 id={id}>{title}</h2> : <h3 id={id}>{title}</h3>}
      {children(setup.outcome.errors)}
      <Button type="submit" isDisabled={setup.busy}>
        {submitLabel}
      </Button>
      <RecordedEntry outcome={setup.outcome} />
    </Form>
  );
}

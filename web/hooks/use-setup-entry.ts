import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import { type SetupChangeRequest, setupApi } from '../api/setup-api.js';

/** What the last attempt became: the entry it was recorded as, or the server's refusal by field. */
export interface SetupOutcome {
  entry: { id: string; number: string } | null;
  /** The refusal's sentence when it names no field of this form. */
  message: string | null;
  /** Messages by the form's own field names (`name`, `plan.issues[1].title`). */
  errors: Record<string, string>;
}

const NOTHING: SetupOutcome = { entry: null, message: null, errors: {} };

/**
 * Records setup changes as one signed entry and keeps what came of it: the
 * entry's registry number, or the server's refusal put on the field it names
 * (`changes[0].name` is the form's `name`). The organisation, the directory
 * and the conferences are fetched again after a change.
 */
export function useSetupEntry(fieldMap: (field: string) => string = (field) => field) {
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<SetupOutcome>(NOTHING);
  const [busy, setBusy] = useState(false);
  const forget = useCallback(
    (field: string) =>
      setOutcome((last) => {
        if (!(field in last.errors)) return last;
        const { [field]: _, ...errors } = last.errors;
        return { ...last, errors };
      }),
    [],
  );

  async function run(
    action: () => Promise<{ entry: SetupOutcome['entry'] } | undefined>,
    then?: () => Promise<void> | void,
  ): Promise<boolean> {
    setBusy(true);
    setOutcome(NOTHING);
    try {
      const answer = await action();
      // Whatever follows the entry (a first password, clearing the form) is done before the entry is
      // shown and the form is free again, so a form filled anew is never cleared under its writer.
      let afterwards: string | null = null;
      try {
        await then?.();
      } catch (error) {
        afterwards = error instanceof Error ? error.message : String(error);
      }
      await Promise.all(
        ['organisation', 'directory', 'conferences', 'audit'].map((key) =>
          client.invalidateQueries({ queryKey: [key] }),
        ),
      );
      setOutcome({ ...NOTHING, entry: answer?.entry ?? null, message: afterwards });
      return true;
    } catch (error) {
      setOutcome(refusalOf(error, fieldMap));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    outcome,
    busy,
    /** Records the changes as one entry; true when it was registered. */
    record: (changes: SetupChangeRequest[], then?: () => Promise<void> | void) =>
      run(() => setupApi.record(changes), then),
    /** Runs another of the clerk's calls (a password, disabling) with the same refusal handling. */
    run: (action: () => Promise<void>) =>
      run(async () => {
        await action();
        return undefined;
      }),
    clear: () => setOutcome(NOTHING),
    /**
     * Drops the server's error on a field as soon as it is edited, rather than
     * when it loses the focus: an error vanishing on blur moves the submit button
     * under the pointer that pressed it, and the press is lost.
     */
    forget,
  };
}

function refusalOf(error: unknown, fieldMap: (field: string) => string): SetupOutcome {
  if (!(error instanceof ApiError)) return { ...NOTHING, message: String(error) };
  if (!error.field) return { ...NOTHING, message: error.message };
  const sentence = error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;
  const field = fieldMap(error.field.replace(/^changes\[\d+\]\./, ''));
  return { entry: null, message: `${field}: ${sentence}`, errors: { [field]: sentence } };
}

/**
 * Props for a React Aria Form that call `forget` with the name of each field
 * as it is edited. React's own input event, so the update is batched with the
 * field's change (a native listener re-rendering first would undo the typing);
 * React Aria's Form passes it to the form element but does not declare it.
 */
export function forgetOnInput(forget: (field: string) => void): object {
  return { onInput: (event: { target: EventTarget }) => forget((event.target as HTMLInputElement).name) };
}

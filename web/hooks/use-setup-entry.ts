import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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

  async function run(action: () => Promise<{ entry: SetupOutcome['entry'] } | undefined>): Promise<boolean> {
    setBusy(true);
    setOutcome(NOTHING);
    try {
      const answer = await action();
      setOutcome({ ...NOTHING, entry: answer?.entry ?? null });
      await Promise.all(
        ['organisation', 'directory', 'conferences', 'audit'].map((key) =>
          client.invalidateQueries({ queryKey: [key] }),
        ),
      );
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
    record: (changes: SetupChangeRequest[]) => run(() => setupApi.record(changes)),
    /** Runs another of the clerk's calls (a password, disabling) with the same refusal handling. */
    run: (action: () => Promise<void>) =>
      run(async () => {
        await action();
        return undefined;
      }),
    clear: () => setOutcome(NOTHING),
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

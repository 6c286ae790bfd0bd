import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useSession } from '../../hooks/use-session.js';
import { cableLink } from '../../router/links.js';
import { type AddresseeOption, AddresseePicker } from '../addressee-picker.js';
import { ErrorNote } from '../error-note.js';
import { FormField } from '../form-field.js';
import { TrackedChanges } from './tracked-changes.js';
import { type FinalText, type Vetting, vettingSteps } from './vetting-api.js';

const KINDS = ['note', 'reply', 'proposal', 'approval', 'directive', 'report', 'circular'] as const;

/**
 * The final text as it stands (the draft with the accepted edits), and, for
 * the author once the sign-off rule holds, registering it as its own cable to
 * the addressees chosen; the new cable opens.
 */
export function RegisterFinal({ vetting }: { vetting: Vetting }) {
  const { directory } = useSession();
  const navigate = useNavigate();
  const [to, setTo] = useState<string[]>([]);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('note');
  const register = useMutation({
    mutationFn: (final: FinalText) => vettingSteps.final(vetting.draft.id, final),
    onSuccess: ({ cable }) => navigate(cableLink(cable.id)),
  });
  const options = (list: readonly { id: string; name: string }[]): AddresseeOption[] =>
    list.map((entry) => ({ id: entry.id, label: entry.name }));
  const blamed = register.error instanceof ApiError ? register.error.field : undefined;
  return (
    <section aria-labelledby="final-heading">
      <h2 id="final-heading">The final text as it stands</h2>
      {vetting.finalText === null ? (
        <ErrorNote message="Two accepted edits overlap: decline one of them." />
      ) : (
        <TrackedChanges changes={vetting.changes} label="The final text, with its changes from the draft" />
      )}
      {vetting.canFinish && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            register.mutate({ to, kind });
          }}
          noValidate
        >
          <AddresseePicker
            legend="Register it to (action)"
            field="to"
            sections={[
              { title: 'Groups', options: options(directory.groups) },
              { title: 'People', options: options(directory.people) },
            ]}
            selected={to}
            onChange={setTo}
            invalid={blamed === 'to'}
            error={blamed === 'to' ? register.error?.message : undefined}
          />
          <FormField label="Kind" htmlFor="final-kind" field="kind">
            <select id="final-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </FormField>
          {!vetting.holds && <p className="muted">The sign-off rule does not hold yet.</p>}
          <div className="actions">
            <button type="submit" disabled={!vetting.holds || to.length === 0 || register.isPending}>
              Register the final text
            </button>
          </div>
          {register.error && <ErrorNote message={register.error.message} />}
        </form>
      )}
    </section>
  );
}

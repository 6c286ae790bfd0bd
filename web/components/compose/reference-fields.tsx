import type { Conference } from '../../api/schema.js';
import { useSession } from '../../hooks/use-session.js';
import { FormField } from '../form-field.js';
import { TextField } from '../text-field.js';
import type { FieldGroupProps } from './field-group.js';
import { IssuePicker } from './issue-picker.js';

/** What a cable is about and what it answers: issues, conference, the cable replied to, references, alias. */
export function ReferenceFields({
  form,
  set,
  blames,
  errors,
  serverError: error,
  conferences,
}: FieldGroupProps & { conferences: readonly Conference[] | undefined }) {
  const { directory } = useSession();
  return (
    <div className="compose-row">
      <IssuePicker
        conference={conferences?.find((c) => c.id === form.conference)}
        value={form.issues}
        onChange={(value) => set('issues', value)}
        error={errors.issues ?? (blames('issues') ? error?.message : null)}
      />
      <FormField
        label="Conference"
        htmlFor="conference"
        field="conference"
        invalid={blames('conference')}
        error={errors.conference}
      >
        <select id="conference" value={form.conference} onChange={(e) => set('conference', e.target.value)}>
          <option value="">— none —</option>
          {directory.conferences.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <TextField
        label="In reply to"
        name="inReplyTo"
        hint="Registry number or id"
        value={form.inReplyTo}
        onChange={(value) => set('inReplyTo', value)}
        error={errors.inReplyTo ?? (blames('inReplyTo') ? error?.message : null)}
      />
      <TextField
        label="Refs"
        name="refs"
        hint="Comma separated"
        value={form.refs}
        onChange={(value) => set('refs', value)}
        error={errors.refs ?? (blames('refs') ? error?.message : null)}
      />
      <TextField
        label="Signature alias"
        name="alias"
        hint="Optional"
        value={form.alias}
        onChange={(value) => set('alias', value)}
        error={errors.alias ?? (blames('alias') ? error?.message : null)}
      />
    </div>
  );
}

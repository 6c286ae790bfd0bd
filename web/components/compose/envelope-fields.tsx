import { useSession } from '../../hooks/use-session.js';
import type { AddresseeOption } from '../addressee-picker.js';
import { FormField } from '../form-field.js';
import type { FieldGroupProps } from './field-group.js';

/** How a cable travels and is handled: relay, precedence, classification, kind and captions. */
export function EnvelopeFields({
  form,
  set,
  blames,
  errors,
  people,
}: FieldGroupProps & { people: readonly AddresseeOption[] }) {
  const { directory } = useSession();
  return (
    <div className="compose-row">
      <FormField label="Via (relay)" htmlFor="via" field="via" invalid={blames('via')} error={errors.via}>
        <select id="via" value={form.via} onChange={(e) => set('via', e.target.value)}>
          <option value="">— direct —</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        label="Precedence"
        htmlFor="precedence"
        field="precedence"
        invalid={blames('precedence')}
        error={errors.precedence}
      >
        <select id="precedence" value={form.precedence} onChange={(e) => set('precedence', e.target.value)}>
          {directory.precedences.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </FormField>
      <FormField
        label="Classification"
        htmlFor="classification"
        field="classification"
        invalid={blames('classification')}
        error={errors.classification}
      >
        <select
          id="classification"
          value={form.classification}
          onChange={(e) => set('classification', e.target.value)}
        >
          {directory.classifications.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </FormField>
      <FormField label="Kind" htmlFor="kind" field="kind" invalid={blames('kind')} error={errors.kind}>
        <select id="kind" value={form.kind} onChange={(e) => set('kind', e.target.value)}>
          {directory.kinds.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </FormField>
      <fieldset className={`captions${blames('captions') ? ' invalid' : ''}`} data-field="captions">
        <legend>Captions</legend>
        {directory.captions.map((caption) => (
          <label key={caption} className="check">
            <input
              type="checkbox"
              checked={form.captions.includes(caption)}
              onChange={(e) =>
                set(
                  'captions',
                  e.target.checked ? [...form.captions, caption] : form.captions.filter((c) => c !== caption),
                )
              }
            />
            {caption}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** A set of choices as checkboxes in a fieldset with its legend (people of a plan, parties of an issue). */
export function CheckGroup({
  legend,
  field,
  options,
  chosen,
  onChange,
  error,
  hint,
}: {
  legend: string;
  /** The field the server names when it refuses the choice, e.g. `plan.principals`. */
  field: string;
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
  hint?: string;
}) {
  return (
    <fieldset className={`form-field check-group${error ? ' invalid' : ''}`} data-field={field}>
      <legend>{legend}</legend>
      {hint && <span className="hint muted">{hint}</span>}
      {options.length === 0 && <span className="muted">None to choose from yet.</span>}
      {options.map(({ value, label }) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, value] : chosen.filter((held) => held !== value))
            }
          />{' '}
          {label}
        </label>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}

/** A refusal of one element of a list (`plan.principals[2]`), shown on the list. */
export function firstError(errors: Record<string, string>, prefix: string): string | undefined {
  const key = Object.keys(errors).find((field) => field.startsWith(prefix));
  return key ? errors[key] : undefined;
}

import { useId, useState } from 'react';

export interface AddresseeOption {
  id: string;
  label: string;
  /** Shown after the label, e.g. a title or a group's members. */
  hint?: string;
}

interface AddresseePickerProps {
  legend: string;
  /** Sections such as Groups and People, each a list of options. */
  sections: { title: string; options: readonly AddresseeOption[] }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  invalid?: boolean;
  /** What is wrong with the choice, shown under the legend. */
  error?: string | undefined;
  /** Form field name, for finding the field the API blames. */
  field: string;
}

/**
 * A multi-select of people and groups as a list of checkboxes: every choice
 * is labelled and keyboard-reachable, and no Ctrl-click is needed. Typing in
 * its find box narrows the list to names and titles that contain the words.
 */
export function AddresseePicker({
  legend,
  sections,
  selected,
  onChange,
  invalid,
  error,
  field,
}: AddresseePickerProps) {
  const id = useId();
  const [find, setFind] = useState('');
  const wanted = find.trim().toLocaleLowerCase();
  // A chosen option stays in view whatever is typed, so it can always be unticked.
  const shown = (option: AddresseeOption) =>
    !wanted ||
    selected.includes(option.id) ||
    `${option.label} ${option.hint ?? ''}`.toLocaleLowerCase().includes(wanted);
  const labels = new Map(sections.flatMap((section) => section.options.map((o) => [o.id, o.label] as const)));
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...selected, option] : selected.filter((chosen) => chosen !== option));
  return (
    <fieldset
      className={`picker${invalid ? ' invalid' : ''}`}
      data-field={field}
      aria-invalid={invalid || undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p className="picker-chosen muted" aria-live="polite">
        {selected.length === 0 ? 'None chosen' : selected.map((s) => labels.get(s) ?? s).join(', ')}
      </p>
      <input
        type="search"
        className="picker-find"
        aria-label={`Find in ${legend}`}
        placeholder="Find by name or title"
        value={find}
        onChange={(event) => setFind(event.target.value)}
      />
      <div className="picker-options">
        {sections
          .map((section) => ({ ...section, options: section.options.filter(shown) }))
          .filter((section) => section.options.length > 0)
          .map((section) => (
            <fieldset key={section.title}>
              <legend className="picker-section">{section.title}</legend>
              {section.options.map((option) => (
                <PickerOption
                  key={option.id}
                  inputId={`${id}-${option.id}`}
                  option={option}
                  checked={selected.includes(option.id)}
                  onToggle={(on) => toggle(option.id, on)}
                />
              ))}
            </fieldset>
          ))}
      </div>
    </fieldset>
  );
}

interface PickerOptionProps {
  inputId: string;
  option: AddresseeOption;
  checked: boolean;
  onToggle: (on: boolean) => void;
}

function PickerOption({ inputId, option, checked, onToggle }: PickerOptionProps) {
  const hintId = `${inputId}-hint`;
  return (
    <div className="check">
      <input
        id={inputId}
        type="checkbox"
        value={option.id}
        checked={checked}
        onChange={(event) => onToggle(event.target.checked)}
        aria-describedby={option.hint ? hintId : undefined}
      />
      <span>
        <label htmlFor={inputId}>{option.label}</label>
        {/* Described, not labelled: the checkbox is named by the person or group alone. */}
        {option.hint && (
          <span id={hintId} className="muted">
            {` · ${option.hint}`}
          </span>
        )}
      </span>
    </div>
  );
}

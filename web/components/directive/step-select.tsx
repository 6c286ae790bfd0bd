import { useId } from 'react';

interface StepSelectProps {
  label: string;
  steps: readonly { id: string; label: string }[];
  value: string;
  onChange: (id: string) => void;
  /** The choice of no step, e.g. 'none, not even the opening'; absent: a step must be chosen. */
  none?: string;
}

/** One step of a ladder, numbered as the delegation climbs it. */
export function StepSelect({ label, steps, value, onChange, none }: StepSelectProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {none !== undefined ? (
          <option value="">{none}</option>
        ) : (
          !value && <option value="">— choose —</option>
        )}
        {steps.map((step, i) => (
          <option key={step.id} value={step.id}>
            {i + 1}. {step.label}
          </option>
        ))}
      </select>
    </div>
  );
}

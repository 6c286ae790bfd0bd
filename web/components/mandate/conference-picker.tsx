import { useId } from 'react';
import type { Conference } from '../../api/schema.js';

/** Chooses a conference; those without a plan have no issues, so no mandates. */
export function ConferencePicker({
  conferences,
  value,
  onChange,
}: {
  conferences: readonly Conference[];
  value: string;
  onChange: (conference: string) => void;
}) {
  const id = useId();
  return (
    <div className="conference-picker">
      <label htmlFor={id}>Conference</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {conferences.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}, {c.place}
            {c.plan ? '' : ' (no plan)'}
          </option>
        ))}
      </select>
    </div>
  );
}

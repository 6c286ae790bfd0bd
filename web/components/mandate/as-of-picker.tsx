import { useId } from 'react';

/**
 * The date a mandate is shown as of; empty means now. A date means the end of
 * that day (UTC), as the server reads it.
 */
export function AsOfPicker({ at, onChange }: { at: string | null; onChange: (at: string | null) => void }) {
  const id = useId();
  return (
    <div className="as-of">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="date"
        value={at ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      />
      {at && (
        <button type="button" className="secondary" onClick={() => onChange(null)}>
          Now
        </button>
      )}
    </div>
  );
}

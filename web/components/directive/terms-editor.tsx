import { useId } from 'react';
import type { Issue } from '../../api/schema.js';
import type { TermsDraft } from './directive-form.js';

interface TermsEditorProps {
  terms: TermsDraft;
  /** The issue the condition is on: its dimensions, if it has several. */
  issue: Issue | undefined;
  onChange: (terms: TermsDraft) => void;
}

/**
 * On what terms the other side must have moved, or the agreement been
 * reached (issue 11): a step of the ladder ("they accept the trusteeship we
 * proposed"), or a number at least / at most a bound in a unit ("they accept
 * our 100 M$ claim"). All left empty: any move on the issue will do.
 */
export function TermsEditor({ terms, issue, onChange }: TermsEditorProps) {
  const id = useId();
  const set = (patch: Partial<TermsDraft>) => onChange({ ...terms, ...patch });
  return (
    <fieldset className="compose-row terms" data-testid="terms">
      <legend>On these terms (optional)</legend>
      {issue?.dimensions && (
        <div className="form-field">
          <label htmlFor={`${id}-dimension`}>Dimension</label>
          <select
            id={`${id}-dimension`}
            value={terms.dimension}
            onChange={(e) => set({ dimension: e.target.value })}
          >
            <option value="">the issue as a whole</option>
            {issue.dimensions.map((dimension) => (
              <option key={dimension.id} value={dimension.id}>
                {dimension.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-position`}>At the position</label>
        <input
          id={`${id}-position`}
          value={terms.position}
          placeholder="a step id, e.g. accept-pact"
          onChange={(e) => set({ position: e.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-at-least`}>At least</label>
        <input
          id={`${id}-at-least`}
          inputMode="decimal"
          value={terms.atLeast}
          onChange={(e) => set({ atLeast: e.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-at-most`}>At most</label>
        <input
          id={`${id}-at-most`}
          inputMode="decimal"
          value={terms.atMost}
          onChange={(e) => set({ atMost: e.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-unit`}>Unit</label>
        <input
          id={`${id}-unit`}
          value={terms.unit}
          placeholder="e.g. million-usd"
          onChange={(e) => set({ unit: e.target.value })}
        />
      </div>
    </fieldset>
  );
}

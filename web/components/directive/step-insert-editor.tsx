import type { StepDraft } from './directive-form.js';
import { StepRow } from './ladder-editor.js';
import { StepSelect } from './step-select.js';

interface StepInsertEditorProps {
  step: StepDraft;
  /** The step after which the new one goes; null: it is appended below the last. */
  after: string | null;
  steps: readonly { id: string; label: string }[];
  onChange: (step: StepDraft, after: string | null) => void;
}

/** One new step for the ladder as it stands, and where it goes: after a named step, or at the end. */
export function StepInsertEditor({ step, after, steps, onChange }: StepInsertEditorProps) {
  return (
    <div className="ladder-editor">
      {after !== null && (
        <StepSelect
          label="After the step"
          steps={steps}
          value={after}
          onChange={(position) => onChange(step, position)}
        />
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Label</th>
            <th scope="col">Id</th>
            <th scope="col">Numeric</th>
            <th scope="col">Range and unit</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <StepRow
            n={1}
            step={step}
            onChange={(patch) => onChange({ ...step, ...patch }, after)}
            onRemove={undefined}
          />
        </tbody>
      </table>
    </div>
  );
}

import type { Direction } from '../../api/schema.js';
import { blankStep, type StepDraft, stepId } from './directive-form.js';

interface LadderEditorProps {
  steps: StepDraft[];
  /** Key of the step up to which the delegation may go alone; empty: the opening. */
  authority: string;
  onChange: (steps: StepDraft[], authority: string) => void;
}

/**
 * A new ladder, opening first: each step categorical (a label) or numeric (a
 * range in a unit, with the direction in which we are better off).
 */
export function LadderEditor({ steps, authority, onChange }: LadderEditorProps) {
  const setStep = (key: number, patch: Partial<StepDraft>) =>
    onChange(
      steps.map((step) => (step.key === key ? { ...step, ...patch } : step)),
      authority,
    );
  const remove = (key: number) =>
    onChange(
      steps.filter((step) => step.key !== key),
      authority === String(key) ? '' : authority,
    );
  return (
    <div className="ladder-editor">
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
          {steps.map((step, i) => (
            <StepRow
              key={step.key}
              n={i + 1}
              step={step}
              onChange={(patch) => setStep(step.key, patch)}
              onRemove={steps.length > 1 ? () => remove(step.key) : undefined}
            />
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...steps, blankStep()], authority)}
        >
          Add step
        </button>
        <label className="inline-field">
          May move alone up to{' '}
          <select value={authority} onChange={(event) => onChange(steps, event.target.value)}>
            <option value="">the opening (step 1)</option>
            {steps.slice(1).map((step, i) => (
              <option key={step.key} value={String(step.key)}>
                step {i + 2}: {step.label || stepId(step) || '…'}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

export interface StepRowProps {
  n: number;
  step: StepDraft;
  onChange: (patch: Partial<StepDraft>) => void;
  onRemove: (() => void) | undefined;
}

export function StepRow({ n, step, onChange, onRemove }: StepRowProps) {
  const name = `Step ${n}`;
  return (
    <tr>
      <th scope="row">{n}</th>
      <td>
        <input
          aria-label={`${name} label`}
          className="step-label-input"
          value={step.label}
          onChange={(e) => onChange({ label: e.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={`${name} id`}
          className="id-input"
          value={step.id}
          placeholder={stepId(step) || 'from the label'}
          onChange={(e) => onChange({ id: e.target.value })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${name} is numeric`}
          checked={step.numeric}
          onChange={(e) => onChange({ numeric: e.target.checked })}
        />
      </td>
      <td>
        {step.numeric ? (
          <span className="range-fields">
            <input
              aria-label={`${name} min`}
              inputMode="decimal"
              value={step.min}
              onChange={(e) => onChange({ min: e.target.value })}
            />
            –
            <input
              aria-label={`${name} max`}
              inputMode="decimal"
              value={step.max}
              onChange={(e) => onChange({ max: e.target.value })}
            />
            <input
              aria-label={`${name} unit`}
              placeholder="unit"
              value={step.unit}
              onChange={(e) => onChange({ unit: e.target.value })}
            />
            <select
              aria-label={`${name} direction`}
              value={step.direction}
              onChange={(e) => onChange({ direction: e.target.value as Direction })}
            >
              <option value="more-is-better">more is better</option>
              <option value="less-is-better">less is better</option>
            </select>
          </span>
        ) : (
          <span className="muted">categorical</span>
        )}
      </td>
      <td>
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove step ${n}`}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
}

import type { ConferencePlan, MandateView } from '../../api/schema.js';
import { CHANGE_NAMES, type ChangeDraft } from './directive-form.js';
import { LadderEditor } from './ladder-editor.js';
import { LinkageEditor } from './linkage-editor.js';
import { RedLineEditor } from './red-line-editor.js';
import { StepInsertEditor } from './step-insert-editor.js';
import { StepSelect } from './step-select.js';

interface ChangeEditorProps {
  change: ChangeDraft;
  index: number;
  /** The steps this change may name: of a ladder set earlier in the amendment, else the mandate's. */
  steps: readonly { id: string; label: string }[];
  /** Whether an earlier change of the amendment sets a new ladder. */
  newLadder: boolean;
  mandate: MandateView | null;
  plan: ConferencePlan;
  /** What the server (or the form) said is wrong with this change. */
  problem: string | null;
  onChange: (change: ChangeDraft) => void;
  onRemove: () => void;
}

/** One change of a directive, with the fields its kind needs and any error beside it. */
export function ChangeEditor({
  change,
  index,
  steps,
  newLadder,
  mandate,
  plan,
  problem,
  onChange,
  onRemove,
}: ChangeEditorProps) {
  const n = index + 1;
  return (
    <fieldset
      className={`change-card${problem ? ' invalid' : ''}`}
      data-testid="change"
      data-op={change.op}
      data-field={`payload.changes[${index}]`}
    >
      <legend>
        Change {n}: {CHANGE_NAMES[change.op]}
      </legend>
      <ChangeFields
        change={change}
        steps={steps}
        newLadder={newLadder}
        mandate={mandate}
        plan={plan}
        onChange={onChange}
      />
      <p className="card-actions">
        <button type="button" className="link-button" onClick={onRemove}>
          Remove change {n}
        </button>
      </p>
      {problem && (
        <p className="error-note" role="alert" data-testid="change-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

type FieldsProps = Pick<
  ChangeEditorProps,
  'change' | 'steps' | 'newLadder' | 'mandate' | 'plan' | 'onChange'
>;

function ChangeFields({ change, steps, newLadder, mandate, plan, onChange }: FieldsProps) {
  switch (change.op) {
    case 'set-ladder':
      return (
        <LadderEditor
          steps={change.steps}
          authority={change.authority}
          onChange={(ladder, authority) => onChange({ ...change, steps: ladder, authority })}
        />
      );
    case 'insert-step':
    case 'append-step':
      return (
        <StepInsertEditor
          step={change.step}
          after={change.op === 'insert-step' ? change.after : null}
          steps={steps}
          onChange={(step, after) =>
            onChange(
              change.op === 'insert-step' ? { ...change, step, after: after ?? '' } : { ...change, step },
            )
          }
        />
      );
    case 'ratify':
      return (
        <p className="range-fields">
          <label className="inline-field">
            Report{' '}
            <input
              className="id-input"
              placeholder="registry number"
              value={change.report}
              onChange={(e) => onChange({ ...change, report: e.target.value })}
            />
          </label>{' '}
          <label className="inline-field">
            Move{' '}
            <input
              inputMode="numeric"
              className="id-input"
              value={change.move}
              onChange={(e) => onChange({ ...change, move: e.target.value })}
            />
          </label>
        </p>
      );
    case 'release-next': {
      const next = mandate && !newLadder ? mandate.ladder[mandate.authority + 1] : undefined;
      return (
        <p className="muted">
          {next
            ? `The delegation may then go alone one step further, to ‘${next.label}’.`
            : 'The delegation may then go alone one step further.'}
        </p>
      );
    }
    case 'release-to':
      return (
        <StepSelect
          label="May move alone up to"
          steps={steps}
          value={change.position}
          onChange={(position) => onChange({ ...change, position })}
        />
      );
    case 'withdraw-authority':
      return (
        <StepSelect
          label="May still move alone up to"
          steps={steps}
          value={change.position}
          none="— no step, not even the opening —"
          onChange={(position) => onChange({ ...change, position })}
        />
      );
    case 'add-red-line':
      return (
        <RedLineEditor
          id={change.id}
          description={change.description}
          rule={change.rule}
          steps={steps}
          plan={plan}
          onChange={(patch) => onChange({ ...change, ...patch })}
        />
      );
    case 'add-linkage':
      return (
        <LinkageEditor
          id={change.id}
          description={change.description}
          positions={change.positions}
          condition={change.condition}
          steps={steps}
          plan={plan}
          onChange={(patch) => onChange({ ...change, ...patch })}
        />
      );
    case 'remove-red-line':
    case 'remove-linkage': {
      const clauses = change.op === 'remove-red-line' ? (mandate?.redLines ?? []) : (mandate?.linkages ?? []);
      const label = change.op === 'remove-red-line' ? 'Red line to remove' : 'Linkage to remove';
      return (
        <label className="inline-field">
          {label}{' '}
          <select value={change.id} onChange={(e) => onChange({ ...change, id: e.target.value })}>
            {clauses.length === 0 && <option value="">— the mandate has none —</option>}
            {clauses.map(({ clause }) => (
              <option key={clause.id} value={clause.id}>
                {clause.description} ({clause.id})
              </option>
            ))}
          </select>
        </label>
      );
    }
  }
}

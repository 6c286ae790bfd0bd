import { useId } from 'react';
import type { ConferencePlan } from '../../api/schema.js';
import { slugOf } from '../local-problem.js';
import { describeCondition, namesFrom } from '../mandate/describe-mandate.js';
import { ConditionBuilder } from './condition-builder.js';
import { type ConditionDraft, conditionFrom } from './directive-form.js';
import { StepChecks } from './step-checks.js';

interface LinkageEditorProps {
  id: string;
  description: string;
  positions: string[];
  condition: ConditionDraft;
  steps: readonly { id: string; label: string }[];
  plan: ConferencePlan;
  onChange: (patch: {
    id?: string;
    description?: string;
    positions?: string[];
    condition?: ConditionDraft;
  }) => void;
}

/** A linkage: the steps it holds back (none chosen: every move but a rejection) until its condition holds. */
export function LinkageEditor({
  id,
  description,
  positions,
  condition,
  steps,
  plan,
  onChange,
}: LinkageEditorProps) {
  const uid = useId();
  const names = namesFrom(plan, [steps.map((s) => ({ ...s }))]);
  return (
    <div className="clause-editor">
      <div className="compose-row">
        <div className="form-field grow">
          <label htmlFor={`${uid}-description`}>Description</label>
          <input
            id={`${uid}-description`}
            value={description}
            onChange={(e) => onChange({ description: e.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${uid}-id`}>Id</label>
          <input
            id={`${uid}-id`}
            className="id-input"
            value={id}
            placeholder={slugOf(description) || 'from the description'}
            onChange={(e) => onChange({ id: e.target.value })}
          />
        </div>
      </div>
      <StepChecks
        legend="Steps held back (none: every move but a rejection)"
        steps={steps}
        chosen={positions}
        onChange={(chosen) => onChange({ positions: chosen })}
      />
      <ConditionBuilder
        condition={condition}
        plan={plan}
        onChange={(next) => onChange({ condition: next })}
      />
      <p className="condition-words" data-testid="condition-words">
        Released only when {describeCondition(conditionFrom(condition), names)}.
      </p>
    </div>
  );
}

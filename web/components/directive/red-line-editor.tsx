import { useId } from 'react';
import type { ConferencePlan, Direction } from '../../api/schema.js';
import { DECISION_RULES, RED_LINE_TYPES } from '../../api/vocabulary.js';
import { slugOf } from '../local-problem.js';
import type { RuleDraft } from './directive-form.js';
import { StepChecks } from './step-checks.js';

const RULE_NAMES: Record<RuleDraft['type'], string> = {
  'forbid-positions': 'Never take these positions',
  'numeric-bound': 'Never go beyond a number',
  participation: 'A party takes no part in items',
  'keep-participation': 'No party joins an item beyond the procedural rules',
  'decision-rule': 'Never decide in these ways',
};

interface RedLineEditorProps {
  id: string;
  description: string;
  rule: RuleDraft;
  steps: readonly { id: string; label: string }[];
  plan: ConferencePlan;
  onChange: (patch: { id?: string; description?: string; rule?: RuleDraft }) => void;
}

/** A red line: what it says, and the rule that decides when a move crosses it. */
export function RedLineEditor({ id, description, rule, steps, plan, onChange }: RedLineEditorProps) {
  const uid = useId();
  const setRule = (patch: Partial<RuleDraft>) => onChange({ rule: { ...rule, ...patch } });
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
        <div className="form-field">
          <label htmlFor={`${uid}-type`}>Rule</label>
          <select
            id={`${uid}-type`}
            value={rule.type}
            onChange={(e) => setRule({ type: e.target.value as RuleDraft['type'] })}
          >
            {RED_LINE_TYPES.map((type) => (
              <option key={type} value={type}>
                {RULE_NAMES[type]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <RuleFields rule={rule} steps={steps} plan={plan} setRule={setRule} uid={uid} />
    </div>
  );
}

interface RuleFieldsProps {
  rule: RuleDraft;
  steps: readonly { id: string; label: string }[];
  plan: ConferencePlan;
  setRule: (patch: Partial<RuleDraft>) => void;
  uid: string;
}

function RuleFields({ rule, steps, plan, setRule, uid }: RuleFieldsProps) {
  switch (rule.type) {
    case 'forbid-positions':
      return (
        <div className="compose-row">
          <StepChecks
            legend="Forbidden steps"
            steps={steps}
            chosen={rule.positions}
            onChange={(positions) => setRule({ positions })}
          />
          <div className="form-field">
            <label htmlFor={`${uid}-other`}>Other forbidden positions</label>
            <input
              id={`${uid}-other`}
              value={rule.otherPositions}
              onChange={(e) => setRule({ otherPositions: e.target.value })}
            />
            <span className="hint muted">Ids not on the ladder, comma separated</span>
          </div>
        </div>
      );
    case 'numeric-bound':
      return (
        <div className="compose-row">
          <div className="form-field">
            <label htmlFor={`${uid}-direction`}>Never</label>
            <select
              id={`${uid}-direction`}
              value={rule.direction}
              onChange={(e) => setRule({ direction: e.target.value as Direction })}
            >
              <option value="more-is-better">below (more is better)</option>
              <option value="less-is-better">above (less is better)</option>
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${uid}-bound`}>Bound</label>
            <input
              id={`${uid}-bound`}
              inputMode="decimal"
              value={rule.bound}
              onChange={(e) => setRule({ bound: e.target.value })}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${uid}-unit`}>Unit</label>
            <input id={`${uid}-unit`} value={rule.unit} onChange={(e) => setRule({ unit: e.target.value })} />
          </div>
        </div>
      );
    case 'participation':
      return (
        <div className="compose-row">
          <div className="form-field">
            <label htmlFor={`${uid}-party`}>Party</label>
            <select
              id={`${uid}-party`}
              value={rule.party}
              onChange={(e) => setRule({ party: e.target.value })}
            >
              <option value="">— choose —</option>
              {plan.parties.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field grow">
            <label htmlFor={`${uid}-issues`}>Takes no part in</label>
            <input
              id={`${uid}-issues`}
              value={rule.issues}
              onChange={(e) => setRule({ issues: e.target.value })}
            />
            <span className="hint muted">Issue ids, comma separated; * for every item</span>
          </div>
        </div>
      );
    case 'keep-participation':
      return (
        <p className="muted">
          Crossed by any move that lets a party into an item its procedural rule leaves it out of.
        </p>
      );
    case 'decision-rule':
      return (
        <fieldset className="checks">
          <legend>Forbidden ways of deciding</legend>
          {DECISION_RULES.map((way) => (
            <label key={way} className="check">
              <input
                type="checkbox"
                checked={rule.forbids.includes(way)}
                onChange={(e) =>
                  setRule({
                    forbids: e.target.checked
                      ? [...rule.forbids, way]
                      : rule.forbids.filter((w) => w !== way),
                  })
                }
              />
              {way}
            </label>
          ))}
        </fieldset>
      );
  }
}

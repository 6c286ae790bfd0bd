import { useId } from 'react';
import type { Condition, ConferencePlan } from '../../api/schema.js';
import { blankCondition, blankTerms, type ConditionDraft } from './directive-form.js';
import { TermsEditor } from './terms-editor.js';

const TYPES: Record<Condition['type'], string> = {
  'their-move': 'the other side moves on an issue',
  agreement: 'agreement is reached on an issue',
  any: 'any of these holds',
  all: 'all of these hold',
};
/** Conditions nest (any of, all of), but a linkage deeper than this reads as nobody would say it. */
const MAX_DEPTH = 3;

interface ConditionBuilderProps {
  condition: ConditionDraft;
  plan: ConferencePlan;
  onChange: (condition: ConditionDraft) => void;
  onRemove?: () => void;
  depth?: number;
}

/** A linkage's condition: their move or an agreement on an issue, or any / all of several. */
export function ConditionBuilder({ condition, plan, onChange, onRemove, depth = 1 }: ConditionBuilderProps) {
  const id = useId();
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...condition, ...patch });
  const compound = condition.type === 'any' || condition.type === 'all';
  const firstIssue = plan.issues[0]?.id ?? '';
  return (
    <div className={`condition depth-${depth}`} data-testid="condition">
      <div className="compose-row">
        <div className="form-field">
          <label htmlFor={`${id}-type`}>Condition</label>
          <select
            id={`${id}-type`}
            value={condition.type}
            onChange={(e) => {
              const type = e.target.value as Condition['type'];
              const starting = (type === 'any' || type === 'all') && condition.of.length === 0;
              set({
                type,
                of: starting ? [blankCondition('their-move', condition.issue || firstIssue)] : condition.of,
              });
            }}
          >
            {Object.entries(TYPES)
              .filter(([type]) => depth < MAX_DEPTH || (type !== 'any' && type !== 'all'))
              .map(([type, words]) => (
                <option key={type} value={type}>
                  {words}
                </option>
              ))}
          </select>
        </div>
        {condition.type === 'their-move' && (
          <div className="form-field">
            <label htmlFor={`${id}-party`}>Who moves</label>
            <select
              id={`${id}-party`}
              value={condition.party}
              onChange={(e) => set({ party: e.target.value })}
            >
              <option value="">any party of the other side</option>
              {plan.parties
                .filter((party) => party.id !== plan.ourParty)
                .map((party) => (
                  <option key={party.id} value={party.id}>
                    {party.name}
                  </option>
                ))}
            </select>
          </div>
        )}
        {!compound && (
          <div className="form-field">
            <label htmlFor={`${id}-issue`}>On the issue</label>
            <select
              id={`${id}-issue`}
              value={condition.issue}
              onChange={(e) => set({ issue: e.target.value })}
            >
              {!condition.issue && <option value="">— choose —</option>}
              {plan.issues.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {issue.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove}>
            Remove condition
          </button>
        )}
      </div>
      {!compound && (
        <TermsEditor
          terms={condition.terms ?? blankTerms()}
          issue={plan.issues.find((issue) => issue.id === condition.issue)}
          onChange={(terms) => set({ terms })}
        />
      )}
      {compound && (
        <div className="condition-parts">
          {condition.of.map((part) => (
            <ConditionBuilder
              key={part.key}
              condition={part}
              plan={plan}
              depth={depth + 1}
              onChange={(next) => set({ of: condition.of.map((p) => (p.key === part.key ? next : p)) })}
              onRemove={
                condition.of.length > 1
                  ? () => set({ of: condition.of.filter((p) => p.key !== part.key) })
                  : undefined
              }
            />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => set({ of: [...condition.of, blankCondition('their-move', firstIssue)] })}
          >
            {condition.type === 'any' ? 'Add an alternative' : 'Add a further condition'}
          </button>
        </div>
      )}
    </div>
  );
}

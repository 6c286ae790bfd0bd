import { useId } from 'react';
import type { ConferencePlan, DecisionRule, MandateView, MoveType } from '../../api/schema.js';
import { DECISION_RULES, MOVE_TYPES } from '../../api/vocabulary.js';
import { formatDay } from '../../format/date-time.js';
import { useWhatIf } from '../../hooks/use-what-if.js';
import { MoveTermsFields } from './move-terms-fields.js';
import { type MoveDraft, proposedMove, TERMS, type Terms } from './report-form.js';
import { WhatIfVerdict } from './what-if-verdict.js';

interface MoveEditorProps {
  draft: MoveDraft;
  index: number;
  conference: string;
  plan: ConferencePlan;
  /** The mandate in force on the move's issue, for its ladder; null when there is none, undefined while loading. */
  mandate: MandateView | null | undefined;
  /** Changes when a directive arrives: the what-if is asked again. */
  refresh: number;
  problem: string | null;
  onChange: (draft: MoveDraft) => void;
  onRemove: () => void;
}

/** One move at the table; one of ours shows, before sending, the verdict it would get. */
export function MoveEditor({
  draft,
  index,
  conference,
  plan,
  mandate,
  refresh,
  problem,
  onChange,
  onRemove,
}: MoveEditorProps) {
  const id = useId();
  const n = index + 1;
  const set = (patch: Partial<MoveDraft>) => onChange({ ...draft, ...patch });
  const whatIf = useWhatIf(conference, proposedMove(draft), refresh);
  return (
    <fieldset
      className={`move-card move-${draft.side}${problem ? ' invalid' : ''}`}
      data-testid="move"
      data-field={`payload.moves[${index}]`}
    >
      <legend>
        Move {n}: {draft.side === 'ours' ? 'ours' : 'theirs'}
      </legend>
      <div className="move-body">
        <div className="move-fields">
          <div className="compose-row">
            <Select
              id={`${id}-side`}
              label="Side"
              value={draft.side}
              onChange={(side) => set({ side: side as MoveDraft['side'] })}
              options={[
                ['ours', 'ours'],
                ['theirs', 'theirs'],
              ]}
            />
            <Select
              id={`${id}-type`}
              label="Type"
              value={draft.type}
              onChange={(type) => set({ type: type as MoveType })}
              options={MOVE_TYPES.map((t) => [t, t])}
            />
            <Select
              id={`${id}-issue`}
              label="Issue"
              value={draft.issue}
              onChange={(issue) => set({ issue, position: '' })}
              options={[['', '— choose —'], ...plan.issues.map((i): [string, string] => [i.id, i.title])]}
            />
            {draft.side === 'theirs' && (
              <Select
                id={`${id}-party`}
                label="Party"
                value={draft.party}
                onChange={(party) => set({ party })}
                options={[
                  ['', '— the other side —'],
                  ...plan.parties
                    .filter((p) => p.id !== plan.ourParty)
                    .map((p): [string, string] => [p.id, p.name]),
                ]}
              />
            )}
            <Select
              id={`${id}-session`}
              label="Session"
              value={draft.session}
              onChange={(session) => set({ session })}
              options={[
                ['', '— none —'],
                ...plan.sessions.map((s): [string, string] => [s.id, `${formatDay(s.date)}, ${s.place}`]),
              ]}
            />
            <Select
              id={`${id}-terms`}
              label="Put in terms of"
              value={draft.terms}
              onChange={(terms) => set({ terms: terms as Terms })}
              options={Object.entries(TERMS)}
            />
          </div>
          <MoveTermsFields draft={draft} plan={plan} mandate={mandate} onChange={set} />
          <div className="form-field">
            <label htmlFor={`${id}-summary`}>Summary</label>
            <input
              id={`${id}-summary`}
              value={draft.summary}
              onChange={(e) => set({ summary: e.target.value })}
            />
          </div>
          {draft.terms === 'decision' && (
            <Select
              id={`${id}-rule`}
              label="Decided by"
              value={draft.decisionRule}
              onChange={(rule) => set({ decisionRule: rule as DecisionRule })}
              options={DECISION_RULES.map((r) => [r, r])}
            />
          )}
        </div>
        {draft.side === 'ours' && <WhatIfVerdict whatIf={whatIf} />}
      </div>
      <p className="card-actions">
        <button type="button" className="link-button" onClick={onRemove}>
          Remove move {n}
        </button>
      </p>
      {problem && (
        <p className="error-note" role="alert" data-testid="move-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

function Select({ id, label, value, options, onChange }: SelectProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([option, words]) => (
          <option key={option} value={option}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}

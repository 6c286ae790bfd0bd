import { useId } from 'react';
import type { ConferencePlan, MandateView } from '../../api/schema.js';
import { isNumeric } from '../../api/vocabulary.js';
import { describePosition } from '../mandate/describe-mandate.js';
import { blankParticipation, type MoveDraft } from './report-form.js';

interface MoveTermsFieldsProps {
  draft: MoveDraft;
  plan: ConferencePlan;
  /** Null: the issue has no mandate; undefined: the ladders are still loading. */
  mandate: MandateView | null | undefined;
  onChange: (patch: Partial<MoveDraft>) => void;
}

/**
 * What the move put forward, in the terms chosen: a step of the issue's
 * ladder (marked as the mandate stands now), a number in a unit, or who takes
 * part in which items. A way of deciding is chosen beside the summary.
 */
export function MoveTermsFields({ draft, plan, mandate, onChange }: MoveTermsFieldsProps) {
  const id = useId();
  switch (draft.terms) {
    case 'position':
      if (mandate === undefined) {
        return (
          <div className="form-field">
            <label htmlFor={`${id}-position`}>Position</label>
            <select id={`${id}-position`} disabled>
              <option>Loading the ladder…</option>
            </select>
          </div>
        );
      }
      return mandate && mandate.ladder.length > 0 ? (
        <div className="form-field">
          <label htmlFor={`${id}-position`}>Position</label>
          <select
            id={`${id}-position`}
            value={draft.position}
            onChange={(e) => onChange({ position: e.target.value })}
          >
            <option value="">— choose a step —</option>
            {mandate.ladder.map((step, i) => (
              <option key={step.id} value={step.id}>
                {i + 1}. {describePosition(step)} —{' '}
                {i <= mandate.authority ? 'may move alone' : 'needs authority'}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="form-field">
          <label htmlFor={`${id}-position`}>Position id</label>
          <input
            id={`${id}-position`}
            value={draft.position}
            onChange={(e) => onChange({ position: e.target.value })}
          />
          <span className="hint muted">No ladder on this issue: name the position</span>
        </div>
      );
    case 'value': {
      const units = [...new Set(mandate?.ladder.filter(isNumeric).map((step) => step.unit) ?? [])];
      return (
        <div className="compose-row">
          <div className="form-field">
            <label htmlFor={`${id}-value`}>Value</label>
            <input
              id={`${id}-value`}
              inputMode="decimal"
              value={draft.value}
              onChange={(e) => onChange({ value: e.target.value })}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-unit`}>Unit</label>
            <input
              id={`${id}-unit`}
              list={`${id}-units`}
              value={draft.unit}
              placeholder={units[0] ?? ''}
              onChange={(e) => onChange({ unit: e.target.value })}
            />
            <datalist id={`${id}-units`}>
              {units.map((unit) => (
                <option key={unit} value={unit} />
              ))}
            </datalist>
          </div>
        </div>
      );
    }
    case 'participation':
      return (
        <fieldset className="checks">
          <legend>Who takes part</legend>
          {draft.participation.map((entry, i) => {
            const set = (patch: Partial<typeof entry>) =>
              onChange({
                participation: draft.participation.map((e) => (e.key === entry.key ? { ...e, ...patch } : e)),
              });
            return (
              <div key={entry.key} className="compose-row">
                <select
                  aria-label={`Party ${i + 1}`}
                  value={entry.party}
                  onChange={(e) => set({ party: e.target.value })}
                >
                  <option value="">— party —</option>
                  {plan.parties.map((party) => (
                    <option key={party.id} value={party.id}>
                      {party.name}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={`Items for party ${i + 1}`}
                  placeholder="issue ids, comma separated; * for all"
                  value={entry.issues}
                  onChange={(e) => set({ issues: e.target.value })}
                />
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    onChange({ participation: draft.participation.filter((e) => e.key !== entry.key) })
                  }
                >
                  Remove
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="secondary"
            onClick={() => onChange({ participation: [...draft.participation, blankParticipation()] })}
          >
            Add a party
          </button>
        </fieldset>
      );
    case 'decision':
    case 'none':
      return null;
  }
}

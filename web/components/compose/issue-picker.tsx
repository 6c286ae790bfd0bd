import { useId } from 'react';
import type { Conference } from '../../api/schema.js';
import { splitList } from '../../scenes/compose-form.js';
import { TextField } from '../text-field.js';

interface IssuePickerProps {
  /** The conference chosen for the cable: its plan's issues are offered. */
  conference: Pick<Conference, 'plan'> | undefined;
  /** Comma separated issue ids, as the form keeps them. */
  value: string;
  onChange: (value: string) => void;
  error: string | null | undefined;
}

/**
 * The issues a cable is about. With a conference that has a plan, its issues
 * are offered by title as checkboxes (an id can no longer be mistyped); an
 * issue already on the cable that the plan does not hold stays chosen and is
 * shown as it is. Without a plan, issues are typed as tags.
 */
export function IssuePicker({ conference, value, onChange, error }: IssuePickerProps) {
  const id = useId();
  const issues = conference?.plan?.issues ?? [];
  const chosen = splitList(value);
  if (issues.length === 0) {
    return (
      <TextField
        label="Issues"
        name="issues"
        hint="Comma separated tags, e.g. rumania, italy-treaty"
        value={value}
        onChange={onChange}
        error={error ?? null}
      />
    );
  }
  const known = new Set(issues.map((issue) => issue.id));
  const toggle = (issue: string, on: boolean) =>
    onChange((on ? [...chosen, issue] : chosen.filter((c) => c !== issue)).join(', '));
  return (
    <fieldset
      className={`picker issue-picker${error ? ' invalid' : ''}`}
      data-field="issues"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Issues</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {issues.map((issue) => (
        <label key={issue.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(issue.id)}
            onChange={(event) => toggle(issue.id, event.target.checked)}
          />
          {issue.title}
        </label>
      ))}
      {chosen
        .filter((issue) => !known.has(issue))
        .map((issue) => (
          <label key={issue} className="check">
            <input type="checkbox" checked onChange={() => toggle(issue, false)} />
            {issue} <span className="muted">(not in this conference’s plan)</span>
          </label>
        ))}
    </fieldset>
  );
}

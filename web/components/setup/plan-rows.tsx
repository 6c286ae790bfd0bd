import { Button } from 'react-aria-components';
import { FormField } from '../form-field.js';
import { TextField } from '../text-field.js';
import { CheckGroup, firstError } from './check-group.js';
import type { IssueDraft, PartyDraft, SessionDraft } from './plan-draft.js';

type Errors = Record<string, string>;
type Option = { value: string; label: string };

const replace = <T,>(rows: readonly T[], index: number, row: T) =>
  rows.map((old, i) => (i === index ? row : old));
const without = <T,>(rows: readonly T[], index: number) => rows.filter((_, i) => i !== index);

/** The parties at the conference, one row each. */
export function PartyRows({
  parties,
  onChange,
  errors,
}: {
  parties: PartyDraft[];
  onChange: (rows: PartyDraft[]) => void;
  errors: Errors;
}) {
  return (
    <fieldset className="plan-rows" data-testid="plan-parties">
      <legend>Parties</legend>
      {parties.map((party, i) => (
        <div
          className="plan-row"
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position, as the fields the server blames name it (plan.issues[1].id); the values are all controlled
          key={i}
          data-testid="plan-party"
        >
          <TextField
            label={`Party ${i + 1} id`}
            name={`plan.parties[${i}].id`}
            isRequired
            value={party.id}
            onChange={(id) => onChange(replace(parties, i, { ...party, id }))}
          />
          <TextField
            label={`Party ${i + 1} name`}
            name={`plan.parties[${i}].name`}
            isRequired
            value={party.name}
            onChange={(name) => onChange(replace(parties, i, { ...party, name }))}
          />
          <TextField
            label={`Party ${i + 1} head`}
            name={`plan.parties[${i}].head`}
            value={party.head}
            onChange={(head) => onChange(replace(parties, i, { ...party, head }))}
          />
          <Button className="link-button" onPress={() => onChange(without(parties, i))}>
            Remove party {i + 1}
          </Button>
        </div>
      ))}
      {errors['plan.parties'] && <span className="field-error">{errors['plan.parties']}</span>}
      <Button onPress={() => onChange([...parties, { id: '', name: '', head: '' }])}>Add party</Button>
    </fieldset>
  );
}

const DECISIONS = [
  ['unanimity', 'Unanimity'],
  ['majority', 'Majority'],
  ['two-thirds', 'Two-thirds'],
] as const;

/** The issues (agenda items), each with who takes part in it and how it is decided. */
export function IssueRows({
  issues,
  parties,
  onChange,
  errors,
}: {
  issues: IssueDraft[];
  parties: Option[];
  onChange: (rows: IssueDraft[]) => void;
  errors: Errors;
}) {
  return (
    <fieldset className="plan-rows" data-testid="plan-issues">
      <legend>Issues</legend>
      {issues.map((issue, i) => (
        <div
          className="plan-row"
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position, as the fields the server blames name it (plan.issues[1].id); the values are all controlled
          key={i}
          data-testid="plan-issue"
        >
          <TextField
            label={`Issue ${i + 1} id`}
            name={`plan.issues[${i}].id`}
            isRequired
            value={issue.id}
            onChange={(id) => onChange(replace(issues, i, { ...issue, id }))}
          />
          <TextField
            label={`Issue ${i + 1} title`}
            name={`plan.issues[${i}].title`}
            isRequired
            value={issue.title}
            onChange={(title) => onChange(replace(issues, i, { ...issue, title }))}
          />
          <FormField
            label={`Issue ${i + 1} decided by`}
            htmlFor={`issue-${i}-decision`}
            field={`plan.issues[${i}].decision`}
            error={errors[`plan.issues[${i}].decision`]}
          >
            <select
              id={`issue-${i}-decision`}
              value={issue.decision}
              onChange={(e) =>
                onChange(replace(issues, i, { ...issue, decision: e.target.value as IssueDraft['decision'] }))
              }
            >
              {DECISIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </FormField>
          <CheckGroup
            legend={`Issue ${i + 1} parties taking part`}
            field={`plan.issues[${i}].participants`}
            hint="none chosen: every party"
            options={parties}
            chosen={issue.participants}
            onChange={(participants) => onChange(replace(issues, i, { ...issue, participants }))}
            error={firstError(errors, `plan.issues[${i}].participants`)}
          />
          <Button className="link-button" onPress={() => onChange(without(issues, i))}>
            Remove issue {i + 1}
          </Button>
        </div>
      ))}
      <Button
        onPress={() => onChange([...issues, { id: '', title: '', participants: [], decision: 'unanimity' }])}
      >
        Add issue
      </Button>
    </fieldset>
  );
}

/** The sessions: date, place, the parties present and the issues on the agenda. */
export function SessionRows({
  sessions,
  parties,
  issues,
  onChange,
  errors,
}: {
  sessions: SessionDraft[];
  parties: Option[];
  issues: Option[];
  onChange: (rows: SessionDraft[]) => void;
  errors: Errors;
}) {
  return (
    <fieldset className="plan-rows" data-testid="plan-sessions">
      <legend>Sessions</legend>
      {sessions.map((session, i) => (
        <div
          className="plan-row"
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position, as the fields the server blames name it (plan.issues[1].id); the values are all controlled
          key={i}
          data-testid="plan-session"
        >
          <TextField
            label={`Session ${i + 1} id`}
            name={`plan.sessions[${i}].id`}
            isRequired
            value={session.id}
            onChange={(id) => onChange(replace(sessions, i, { ...session, id }))}
          />
          <FormField
            label={`Session ${i + 1} date`}
            htmlFor={`session-${i}-date`}
            field={`plan.sessions[${i}].date`}
            error={errors[`plan.sessions[${i}].date`]}
          >
            <input
              id={`session-${i}-date`}
              type="date"
              required
              value={session.date}
              onChange={(e) => onChange(replace(sessions, i, { ...session, date: e.target.value }))}
            />
          </FormField>
          <TextField
            label={`Session ${i + 1} place`}
            name={`plan.sessions[${i}].place`}
            value={session.place}
            onChange={(place) => onChange(replace(sessions, i, { ...session, place }))}
          />
          <CheckGroup
            legend={`Session ${i + 1} parties present`}
            field={`plan.sessions[${i}].participants`}
            options={parties}
            chosen={session.participants}
            onChange={(participants) => onChange(replace(sessions, i, { ...session, participants }))}
            error={firstError(errors, `plan.sessions[${i}].participants`)}
          />
          <CheckGroup
            legend={`Session ${i + 1} agenda`}
            field={`plan.sessions[${i}].agenda`}
            options={issues}
            chosen={session.agenda}
            onChange={(agenda) => onChange(replace(sessions, i, { ...session, agenda }))}
            error={firstError(errors, `plan.sessions[${i}].agenda`)}
          />
          <Button className="link-button" onPress={() => onChange(without(sessions, i))}>
            Remove session {i + 1}
          </Button>
        </div>
      ))}
      <Button
        onPress={() => onChange([...sessions, { id: '', date: '', place: '', participants: [], agenda: [] }])}
      >
        Add session
      </Button>
    </fieldset>
  );
}

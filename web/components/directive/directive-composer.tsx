import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error.js';
import { queries } from '../../api/queries.js';
import type { ChangeOp, Conference, ConferencePlan } from '../../api/schema.js';
import { mandateLink } from '../../router/links.js';
import { ErrorNote } from '../error-note.js';
import { FormField } from '../form-field.js';
import { ChangeEditor } from './change-editor.js';
import { blameOf, blankChange, CHANGE_NAMES, type DirectiveForm } from './directive-form.js';
import { ladderSetBefore, stepsBefore } from './steps-before.js';

interface DirectiveComposerProps {
  conference: Conference & { plan: ConferencePlan };
  form: DirectiveForm;
  onChange: (form: DirectiveForm) => void;
  /** The last refusal: shown by the change it names. */
  error: ApiError | null;
}

/**
 * A directive's amendment of a mandate (PRODUCT.md §Mandate: changed only by
 * a directive cable): the issue, then changes in order. The mandate in force
 * now is loaded so the changes can name its steps and clauses.
 */
export function DirectiveComposer({ conference, form, onChange, error }: DirectiveComposerProps) {
  const { plan } = conference;
  const [adding, setAdding] = useState<ChangeOp>('set-ladder');
  const current = useQuery({ ...queries.mandate(conference.id, form.issue), enabled: Boolean(form.issue) });
  // On an issue of several dimensions, the directive amends one dimension's mandate (issue 11).
  const dimensions = plan.issues.find((issue) => issue.id === form.issue)?.dimensions ?? [];
  const mandate = form.dimension
    ? (current.data?.dimensions.find((entry) => entry.dimension.id === form.dimension)?.mandate ?? null)
    : (current.data?.mandate ?? null);
  const blame = blameOf(error?.field);
  const problemOf = (index: number) =>
    blame?.change === index && error ? error.message.replace(/^payload\.changes\[\d+\](\.|: )?/, '') : null;
  const setChanges = (changes: DirectiveForm['changes']) => onChange({ ...form, changes });
  const issues = plan.issues.map((issue) => issue.id);

  return (
    <fieldset className="composer" data-field="payload" data-testid="directive-composer">
      <legend>Mandate amendment</legend>
      <div className="compose-row">
        <FormField
          label="Issue"
          htmlFor="directive-issue"
          field="payload.issue"
          invalid={blame?.rest === 'issue'}
        >
          <select
            id="directive-issue"
            value={form.issue}
            onChange={(e) => onChange({ ...form, issue: e.target.value, dimension: '' })}
          >
            <option value="">— choose —</option>
            {plan.issues.map((issue) => (
              <option key={issue.id} value={issue.id}>
                {issue.title}
              </option>
            ))}
          </select>
        </FormField>
        {dimensions.length > 0 && (
          <FormField
            label="Dimension"
            htmlFor="directive-dimension"
            field="payload.dimension"
            invalid={blame?.rest === 'dimension'}
          >
            <select
              id="directive-dimension"
              value={form.dimension ?? ''}
              onChange={(e) => onChange({ ...form, dimension: e.target.value })}
            >
              <option value="">the issue as a whole</option>
              {dimensions.map((dimension) => (
                <option key={dimension.id} value={dimension.id}>
                  {dimension.title}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <FormField
          label="Effective from"
          htmlFor="directive-effective"
          field="payload.effectiveAt"
          invalid={blame?.rest === 'effectiveAt'}
          hint="Optional: a correction that applies from an earlier date"
        >
          <input
            id="directive-effective"
            type="date"
            value={form.effectiveFrom}
            onChange={(e) => onChange({ ...form, effectiveFrom: e.target.value })}
          />
        </FormField>
        {form.issue && (
          <p className="current-mandate muted" data-testid="current-mandate">
            {current.isLoading
              ? 'Loading the mandate…'
              : mandate
                ? `Now: ${mandate.ladder.length} steps; may move alone up to ${mandate.authority + 1}. ${mandate.ladder[mandate.authority]?.label ?? '—'}; ${mandate.redLines.length} red lines, ${mandate.linkages.length} linkages.`
                : 'No mandate yet: start with a ladder.'}{' '}
            <Link
              {...mandateLink({ conference: conference.id, issue: form.issue })}
              target="_blank"
              rel="noreferrer"
            >
              Open the mandate
            </Link>
          </p>
        )}
      </div>
      {blame &&
        blame.change === null &&
        blame.rest !== 'issue' &&
        blame.rest !== 'dimension' &&
        blame.rest !== 'effectiveAt' && <ErrorNote message={error?.message ?? null} />}
      {form.changes.length > 0 && (
        <ol className="changes">
          {form.changes.map((change, i) => (
            <li key={change.key}>
              <ChangeEditor
                change={change}
                index={i}
                steps={stepsBefore(form, i, mandate)}
                newLadder={ladderSetBefore(form, i) !== undefined}
                mandate={mandate}
                plan={plan}
                problem={problemOf(i)}
                onChange={(next) => setChanges(form.changes.map((c) => (c.key === change.key ? next : c)))}
                onRemove={() => setChanges(form.changes.filter((c) => c.key !== change.key))}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="add-row">
        <label className="inline-field">
          Change to add{' '}
          <select value={adding} onChange={(e) => setAdding(e.target.value as ChangeOp)}>
            {Object.entries(CHANGE_NAMES).map(([op, words]) => (
              <option key={op} value={op}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const newLadder = ladderSetBefore(form, form.changes.length) !== undefined;
            setChanges([...form.changes, blankChange(adding, mandate, issues, newLadder)]);
          }}
        >
          Add change
        </button>
      </div>
    </fieldset>
  );
}

import type { MandateView } from '../../api/schema.js';
import { type ChangeDraft, type DirectiveForm, type StepDraft, stepId } from './directive-form.js';

/**
 * The steps a change may name: the ladder the amendment sets, if an earlier
 * change sets one (its steps as far as they are named), else the mandate's
 * ladder as it stands; with the steps earlier changes insert or append.
 */
export function stepsBefore(
  form: DirectiveForm,
  index: number,
  mandate: MandateView | null,
): { id: string; label: string }[] {
  const named = (step: StepDraft) => ({ id: stepId(step), label: step.label.trim() || stepId(step) });
  let steps = mandate?.ladder.map((step) => ({ id: step.id, label: step.label })) ?? [];
  for (const change of form.changes.slice(0, index)) {
    if (change.op === 'set-ladder') steps = change.steps.map(named);
    if (change.op === 'append-step') steps = [...steps, named(change.step)];
    if (change.op === 'insert-step') {
      const at = steps.findIndex((step) => step.id === change.after) + 1;
      if (at > 0) steps = [...steps.slice(0, at), named(change.step), ...steps.slice(at)];
    }
  }
  return steps.filter((step) => step.id !== '');
}

/** The last change before `index` that sets a new ladder, if any. */
export function ladderSetBefore(
  form: DirectiveForm,
  index: number,
): Extract<ChangeDraft, { op: 'set-ladder' }> | undefined {
  const set = form.changes.slice(0, index).findLast((change) => change.op === 'set-ladder');
  return set?.op === 'set-ladder' ? set : undefined;
}

import type {
  ChangeOp,
  Condition,
  DecisionRule,
  Direction,
  MandateAmendment,
  MandateChange,
  MandateView,
  Position,
  RedLineRule,
  Terms,
} from '../../api/schema.js';
import { listIn, localProblem, newKey, numberIn, slugOf } from '../local-problem.js';

/** A ladder step as typed: numbers as text until sent; an empty id comes from the label. */
export interface StepDraft {
  key: number;
  numeric: boolean;
  id: string;
  label: string;
  min: string;
  max: string;
  unit: string;
  direction: Direction;
}

/** A red line's rule as typed: the fields of every rule type, so switching type loses nothing. */
export interface RuleDraft {
  type: RedLineRule['type'];
  positions: string[];
  /** Comma separated ids of positions not on the ladder. */
  otherPositions: string;
  bound: string;
  unit: string;
  direction: Direction;
  party: string;
  /** Comma separated issue ids; `*` for every issue. */
  issues: string;
  forbids: DecisionRule[];
}

/**
 * What the other side's move or the agreement must have settled, as typed
 * (numbers as text until sent); all empty: any move on the issue will do.
 */
export interface TermsDraft {
  /** On an issue of several dimensions, the one the terms are about. */
  dimension: string;
  position: string;
  atLeast: string;
  atMost: string;
  unit: string;
}

export interface ConditionDraft {
  key: number;
  type: Condition['type'];
  issue: string;
  /** Empty: any party of the other side. */
  party: string;
  terms: TermsDraft;
  of: ConditionDraft[];
}

export type ChangeDraft = { key: number } & (
  | { op: 'set-ladder'; steps: StepDraft[]; authority: string }
  | { op: 'insert-step'; step: StepDraft; after: string }
  | { op: 'append-step'; step: StepDraft }
  | { op: 'release-next' }
  | { op: 'release-to'; position: string }
  | { op: 'withdraw-authority'; position: string }
  | { op: 'add-red-line'; id: string; description: string; rule: RuleDraft }
  | { op: 'remove-red-line'; id: string }
  | { op: 'add-linkage'; id: string; description: string; positions: string[]; condition: ConditionDraft }
  | { op: 'remove-linkage'; id: string }
  /** `report`: the report's registry number or id; `move`: the move's number in it, from 1 as shown. */
  | { op: 'ratify'; report: string; move: string }
);

export interface DirectiveForm {
  issue: string;
  /** On an issue of several dimensions, the one whose mandate the directive amends; empty: the issue as one term. */
  dimension?: string;
  /** A date from which the amendment applies, for a correction; empty: from registration. */
  effectiveFrom: string;
  changes: ChangeDraft[];
}

export const CHANGE_NAMES: Record<ChangeOp, string> = {
  'set-ladder': 'Set the ladder',
  'insert-step': 'Insert a step',
  'append-step': 'Append a step',
  'release-next': 'Release the next step',
  'release-to': 'Release up to a step',
  'withdraw-authority': 'Withdraw authority',
  'add-red-line': 'Add a red line',
  'remove-red-line': 'Remove a red line',
  'add-linkage': 'Add a linkage',
  'remove-linkage': 'Remove a linkage',
  ratify: 'Ratify a reported move',
};

export function blankDirective(issue = ''): DirectiveForm {
  return { issue, effectiveFrom: '', changes: [] };
}

export function blankStep(numeric = false): StepDraft {
  return {
    key: newKey(),
    numeric,
    id: '',
    label: '',
    min: '',
    max: '',
    unit: '',
    direction: 'more-is-better',
  };
}

export function blankCondition(type: Condition['type'] = 'their-move', issue = ''): ConditionDraft {
  return { key: newKey(), type, issue, party: '', terms: blankTerms(), of: [] };
}

export function blankTerms(): TermsDraft {
  return { dimension: '', position: '', atLeast: '', atMost: '', unit: '' };
}

/**
 * A new change of the given kind, its choices set to what the mandate now
 * suggests (after a new ladder in the same amendment, the release is left to choose).
 */
export function blankChange(
  op: ChangeOp,
  mandate: MandateView | null,
  issues: readonly string[],
  newLadder = false,
): ChangeDraft {
  const key = newKey();
  const next = newLadder ? '' : (mandate?.ladder[mandate.authority + 1]?.id ?? '');
  switch (op) {
    case 'set-ladder':
      return { key, op, steps: [blankStep(), blankStep()], authority: '' };
    case 'insert-step':
      return { key, op, step: blankStep(), after: newLadder ? '' : (mandate?.ladder.at(-1)?.id ?? '') };
    case 'append-step':
      return { key, op, step: blankStep() };
    case 'release-next':
      return { key, op };
    case 'release-to':
      return { key, op, position: next };
    case 'withdraw-authority':
      return { key, op, position: '' };
    case 'add-red-line':
      return {
        key,
        op,
        id: '',
        description: '',
        rule: {
          type: 'forbid-positions',
          positions: [],
          otherPositions: '',
          bound: '',
          unit: '',
          direction: 'more-is-better',
          party: '',
          issues: '',
          forbids: [],
        },
      };
    case 'remove-red-line':
      return { key, op, id: mandate?.redLines[0]?.clause.id ?? '' };
    case 'add-linkage':
      return {
        key,
        op,
        id: '',
        description: '',
        positions: [],
        condition: blankCondition('their-move', issues[0]),
      };
    case 'remove-linkage':
      return { key, op, id: mandate?.linkages[0]?.clause.id ?? '' };
    case 'ratify':
      return { key, op, report: '', move: '1' };
  }
}

/** The id a step will be sent with. */
export function stepId(step: StepDraft): string {
  return step.id.trim() || slugOf(step.label);
}

/**
 * The payload of a directive cable. Throws a problem naming the field (as the
 * server would) for a number that is not one, before anything is sent.
 */
export function amendmentFrom(form: DirectiveForm, conference: string): MandateAmendment {
  if (!form.issue) throw localProblem('payload.issue', 'choose the issue whose mandate the directive amends');
  if (form.changes.length === 0) throw localProblem('payload.changes', 'add at least one change');
  const amendment: MandateAmendment = {
    type: 'mandate-amendment',
    conference,
    issue: form.issue,
    changes: form.changes.map((change, i) => changeFrom(change, `payload.changes[${i}]`)),
  };
  if (form.dimension) amendment.dimension = form.dimension;
  if (form.effectiveFrom) amendment.effectiveAt = `${form.effectiveFrom}T00:00:00Z`;
  return amendment;
}

function changeFrom(change: ChangeDraft, field: string): MandateChange {
  switch (change.op) {
    case 'set-ladder': {
      const ladder = change.steps.map((step, i) => positionFrom(step, `${field}.ladder[${i}]`));
      const authority = change.steps.find((step) => String(step.key) === change.authority);
      return authority ? { op: change.op, ladder, authority: stepId(authority) } : { op: change.op, ladder };
    }
    case 'insert-step':
      if (!change.after) throw localProblem(`${field}.after`, 'choose the step after which it goes');
      return { op: change.op, step: positionFrom(change.step, `${field}.step`), after: change.after };
    case 'append-step':
      return { op: change.op, step: positionFrom(change.step, `${field}.step`) };
    case 'release-next':
      return { op: change.op };
    case 'release-to':
      if (!change.position) throw localProblem(`${field}.position`, 'choose the step to release');
      return { op: change.op, position: change.position };
    case 'withdraw-authority':
      return change.position ? { op: change.op, position: change.position } : { op: change.op };
    case 'add-red-line':
      return {
        op: change.op,
        redLine: {
          id: change.id.trim() || slugOf(change.description),
          description: change.description.trim(),
          rule: ruleFrom(change.rule, `${field}.redLine.rule`),
        },
      };
    case 'add-linkage': {
      const linkage = {
        id: change.id.trim() || slugOf(change.description),
        description: change.description.trim(),
        condition: conditionFrom(change.condition, `${field}.linkage.condition`),
      };
      return {
        op: change.op,
        linkage: change.positions.length > 0 ? { ...linkage, positions: change.positions } : linkage,
      };
    }
    case 'ratify': {
      if (!change.report.trim())
        throw localProblem(`${field}.report`, 'name the report whose move is ratified');
      const move = numberIn(change.move, `${field}.move`);
      return { op: change.op, report: change.report.trim(), move: move - 1 };
    }
    case 'remove-red-line':
    case 'remove-linkage':
      if (!change.id) throw localProblem(`${field}.id`, 'choose the clause to remove');
      return { op: change.op, id: change.id };
  }
}

function positionFrom(step: StepDraft, field: string): Position {
  const base = { id: stepId(step), label: step.label.trim() };
  if (!step.numeric) return base;
  return {
    ...base,
    min: numberIn(step.min, `${field}.min`),
    max: numberIn(step.max, `${field}.max`),
    unit: step.unit.trim(),
    direction: step.direction,
  };
}

function ruleFrom(rule: RuleDraft, field: string): RedLineRule {
  switch (rule.type) {
    case 'forbid-positions':
      return { type: rule.type, positions: [...rule.positions, ...listIn(rule.otherPositions)] };
    case 'numeric-bound':
      return {
        type: rule.type,
        bound: numberIn(rule.bound, `${field}.bound`),
        unit: rule.unit.trim(),
        direction: rule.direction,
      };
    case 'participation':
      return { type: rule.type, party: rule.party, issues: listIn(rule.issues) };
    case 'keep-participation':
      return { type: rule.type };
    case 'decision-rule':
      return { type: rule.type, forbids: rule.forbids };
  }
}

/** A condition as sent; a bound that is not a number is refused locally, naming its field. */
export function conditionFrom(condition: ConditionDraft, field = 'condition'): Condition {
  const terms = termsFrom(condition.terms, `${field}.terms`);
  const on = terms ? { issue: condition.issue, terms } : { issue: condition.issue };
  switch (condition.type) {
    case 'their-move':
      return condition.party
        ? { type: condition.type, ...on, party: condition.party }
        : { type: condition.type, ...on };
    case 'agreement':
      return { type: condition.type, ...on };
    case 'any':
    case 'all':
      return {
        type: condition.type,
        of: condition.of.map((part, i) => conditionFrom(part, `${field}.of[${i}]`)),
      };
  }
}

/** Terms as sent, only the fields filled in; none filled: no terms (any move on the issue). */
function termsFrom(draft: TermsDraft | undefined, field: string): Terms | undefined {
  if (draft === undefined) return undefined;
  const terms: Terms = {};
  if (draft.dimension) terms.dimension = draft.dimension;
  if (draft.position.trim()) terms.position = draft.position.trim();
  if (draft.atLeast.trim()) terms.atLeast = numberIn(draft.atLeast, `${field}.atLeast`);
  if (draft.atMost.trim()) terms.atMost = numberIn(draft.atMost, `${field}.atMost`);
  if (terms.atLeast !== undefined && terms.atMost !== undefined && terms.atLeast > terms.atMost)
    throw localProblem(`${field}.atMost`, 'the upper bound is below the lower one');
  if (draft.unit.trim()) {
    if (terms.atLeast === undefined && terms.atMost === undefined)
      throw localProblem(`${field}.unit`, 'a unit goes with a bound (at least, at most)');
    terms.unit = draft.unit.trim();
  }
  return Object.keys(terms).length > 0 ? terms : undefined;
}

/** Where the server's blame falls: on one change (with the rest of the path), or on the whole amendment. */
export function blameOf(field: string | undefined): { change: number | null; rest: string } | null {
  if (!field?.startsWith('payload')) return null;
  const match = /^payload\.changes\[(\d+)\]\.?(.*)$/.exec(field);
  if (match) return { change: Number(match[1]), rest: match[2] ?? '' };
  return { change: null, rest: field.replace(/^payload\.?/, '') };
}

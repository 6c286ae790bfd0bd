import { z } from 'zod';
import { ISSUE_TAG } from '../cable/cable-draft.js';
import { DIMENSION_ID } from '../conference/conference.js';
import { invalidInput } from '../errors.js';
import { LinkageSchema, type Mandate, PositionSchema, RedLineSchema } from './mandate.js';

const CLAUSE_ID = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a clause id');

/** One change a directive makes to a mandate. */
export const MandateChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('set-ladder'),
    ladder: z.array(PositionSchema).min(1).max(50),
    /** The step up to which the delegation may go alone; the opening position when absent. */
    authority: CLAUSE_ID.optional(),
  }),
  /** A step put into the ladder after the step named, without re-sending the ladder; the authority keeps its step. */
  z.strictObject({ op: z.literal('insert-step'), step: PositionSchema, after: CLAUSE_ID }),
  /** A step added below the last one (a further fallback), without re-sending the ladder. */
  z.strictObject({ op: z.literal('append-step'), step: PositionSchema }),
  z.strictObject({ op: z.literal('release-next') }),
  z.strictObject({ op: z.literal('release-to'), position: CLAUSE_ID }),
  z.strictObject({
    op: z.literal('withdraw-authority'),
    /** The step the delegation may still take alone; absent: none, not even the opening. */
    position: CLAUSE_ID.optional(),
  }),
  z.strictObject({ op: z.literal('add-red-line'), redLine: RedLineSchema }),
  z.strictObject({ op: z.literal('remove-red-line'), id: CLAUSE_ID }),
  z.strictObject({ op: z.literal('add-linkage'), linkage: LinkageSchema }),
  z.strictObject({ op: z.literal('remove-linkage'), id: CLAUSE_ID }),
  /**
   * After the fact, the principal approves one of our reported moves on the
   * issue: its verdict becomes WITHIN, ratified by this directive, with the
   * original kept beside it. `report` is the report's id (a registry number
   * is turned into it on registration); `move` its place in the report.
   */
  z.strictObject({
    op: z.literal('ratify'),
    report: z.string().min(1).max(64),
    move: z.number().int().min(0).max(49),
  }),
]);
export type MandateChange = z.infer<typeof MandateChangeSchema>;

/**
 * The payload of a directive cable that amends a mandate. `effectiveAt` lets a
 * correction apply from an earlier instant; verdicts already given are then
 * re-evaluated only when someone asks, never silently.
 */
export const MandateAmendmentSchema = z.strictObject({
  type: z.literal('mandate-amendment'),
  conference: z.string().min(1).max(64),
  issue: ISSUE_TAG,
  /** On an issue negotiated in several dimensions, the one whose mandate this amends (issue 11). */
  dimension: DIMENSION_ID.optional(),
  changes: z.array(MandateChangeSchema).min(1).max(50),
  effectiveAt: z.iso.datetime({ offset: true }).optional(),
});
export type MandateAmendment = z.infer<typeof MandateAmendmentSchema>;

/**
 * Applies an amendment to a mandate, recording the directive behind each
 * clause. Throws `invalid-input` naming the change at fault for an amendment
 * that contradicts itself or the mandate it amends: a release past the top of
 * the ladder or below the authority already given, a step not on the ladder, a clause id used twice, a removal of a
 * clause that is not there, or a red line that forbids a step the same
 * mandate lets the delegation take alone.
 */
export function applyAmendment(mandate: Mandate, amendment: MandateAmendment, directive: string): Mandate {
  // A directive that only ratifies moves leaves the mandate as it was: it is no part of its history.
  const shapes = amendment.changes.some((change) => change.op !== 'ratify');
  let next: Mandate = shapes ? { ...mandate, directives: [...mandate.directives, directive] } : mandate;
  amendment.changes.forEach((change, index) => {
    next = applyChange(next, change, directive, `payload.changes[${index}]`);
  });
  checkConsistent(next, amendment.changes);
  return next;
}

function applyChange(mandate: Mandate, change: MandateChange, directive: string, field: string): Mandate {
  const stepOf = (position: string) => {
    const index = mandate.ladder.findIndex((step) => step.id === position);
    if (index < 0)
      throw invalidInput(`${field}.position`, `'${position}' is not a step of the ${mandate.issue} ladder`);
    return index;
  };
  switch (change.op) {
    case 'set-ladder': {
      const ids = change.ladder.map((step) => step.id);
      const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
      if (repeated) throw invalidInput(`${field}.ladder`, `the step '${repeated}' appears twice`);
      const authority = change.authority === undefined ? 0 : ids.indexOf(change.authority);
      if (authority < 0)
        throw invalidInput(`${field}.authority`, `'${change.authority}' is not a step of this ladder`);
      return {
        ...mandate,
        ladder: change.ladder,
        ladderFrom: directive,
        authority,
        authorityFrom: directive,
      };
    }
    case 'ratify':
      return mandate;
    case 'insert-step':
    case 'append-step':
      return withStep(mandate, change, directive, field);
    case 'release-next':
      if (mandate.authority + 1 >= mandate.ladder.length) {
        throw invalidInput(field, `the ${mandate.issue} ladder has no further step to release`);
      }
      return { ...mandate, authority: mandate.authority + 1, authorityFrom: directive };
    case 'release-to': {
      const authority = stepOf(change.position);
      // A release that lowered the authority would be a withdrawal in disguise (and the mirror of the rule below).
      if (authority < mandate.authority) throw invalidInput(field, 'a release cannot lower the authority');
      return { ...mandate, authority, authorityFrom: directive };
    }
    case 'withdraw-authority': {
      const authority = change.position === undefined ? -1 : stepOf(change.position);
      if (authority > mandate.authority) throw invalidInput(field, 'a withdrawal cannot raise the authority');
      return { ...mandate, authority, authorityFrom: directive };
    }
    case 'add-red-line':
      if (mandate.redLines.some((line) => line.clause.id === change.redLine.id)) {
        throw invalidInput(`${field}.redLine.id`, `the red line '${change.redLine.id}' already exists`);
      }
      return { ...mandate, redLines: [...mandate.redLines, { clause: change.redLine, directive }] };
    case 'remove-red-line':
      if (!mandate.redLines.some((line) => line.clause.id === change.id)) {
        throw invalidInput(`${field}.id`, `there is no red line '${change.id}' to remove`);
      }
      return { ...mandate, redLines: mandate.redLines.filter((line) => line.clause.id !== change.id) };
    case 'add-linkage':
      if (mandate.linkages.some((link) => link.clause.id === change.linkage.id)) {
        throw invalidInput(`${field}.linkage.id`, `the linkage '${change.linkage.id}' already exists`);
      }
      return { ...mandate, linkages: [...mandate.linkages, { clause: change.linkage, directive }] };
    case 'remove-linkage':
      if (!mandate.linkages.some((link) => link.clause.id === change.id)) {
        throw invalidInput(`${field}.id`, `there is no linkage '${change.id}' to remove`);
      }
      return { ...mandate, linkages: mandate.linkages.filter((link) => link.clause.id !== change.id) };
  }
}

/**
 * The mandate with one more step on its ladder: after the named one, or at
 * the end. The authority stays on the step it was on, so a step inserted
 * below it is released with the steps around it, and one inserted above it is not.
 */
function withStep(
  mandate: Mandate,
  change: Extract<MandateChange, { op: 'insert-step' | 'append-step' }>,
  directive: string,
  field: string,
): Mandate {
  if (mandate.ladder.some((step) => step.id === change.step.id))
    throw invalidInput(
      `${field}.step.id`,
      `the step '${change.step.id}' is already on the ${mandate.issue} ladder`,
    );
  const at =
    change.op === 'append-step'
      ? mandate.ladder.length
      : mandate.ladder.findIndex((step) => step.id === change.after) + 1;
  if (at === 0 && change.op === 'insert-step')
    throw invalidInput(`${field}.after`, `'${change.after}' is not a step of the ${mandate.issue} ladder`);
  const ladder = [...mandate.ladder.slice(0, at), change.step, ...mandate.ladder.slice(at)];
  const authority = at <= mandate.authority ? mandate.authority + 1 : mandate.authority;
  return { ...mandate, ladder, ladderFrom: directive, authority };
}

/**
 * A mandate must not both release a step and forbid it, and its linkages must
 * name steps of its ladder. The whole amendment is checked once applied, so
 * its changes may come in any order; a refusal names the last change that
 * made the clash (the one that moved the ladder or authority, or added the clause).
 */
function checkConsistent(mandate: Mandate, changes: readonly MandateChange[]): void {
  const released = new Set(mandate.ladder.slice(0, mandate.authority + 1).map((step) => step.id));
  for (const { clause } of mandate.redLines) {
    if (clause.rule.type !== 'forbid-positions') continue;
    const clash = clause.rule.positions.find((position) => released.has(position));
    if (clash) {
      const field = faultOf(
        changes,
        (change) =>
          movesAuthority(change) || (change.op === 'add-red-line' && change.redLine.id === clause.id),
      );
      throw invalidInput(
        field,
        `the red line '${clause.id}' forbids '${clash}', which the delegation may already take`,
      );
    }
  }
  const steps = new Set(mandate.ladder.map((step) => step.id));
  for (const { clause } of mandate.linkages) {
    const unknown = clause.positions?.find((position) => !steps.has(position));
    if (unknown) {
      const field = faultOf(
        changes,
        (change) =>
          change.op === 'set-ladder' ||
          change.op === 'insert-step' ||
          change.op === 'append-step' ||
          (change.op === 'add-linkage' && change.linkage.id === clause.id),
      );
      throw invalidInput(field, `the linkage '${clause.id}' names '${unknown}', which is not on the ladder`);
    }
  }
}

function movesAuthority(change: MandateChange): boolean {
  return ['set-ladder', 'insert-step', 'append-step', 'release-next', 'release-to'].includes(change.op);
}

/** The field of the last change that could have caused a clash; the mandate before the amendment was consistent. */
function faultOf(changes: readonly MandateChange[], couldCause: (change: MandateChange) => boolean): string {
  const index = changes.findLastIndex(couldCause);
  return index < 0 ? 'payload.changes' : `payload.changes[${index}]`;
}

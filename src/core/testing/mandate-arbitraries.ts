/**
 * fast-check arbitraries for the mandate core's properties. A history is a
 * random list of directives on Tripolitania (and a few on Rumania that no
 * verdict on Tripolitania may rest on): a ladder of 1–10 categorical or
 * numeric steps, then amendments of red lines, linkages on other issues and
 * authority, some reaching back as corrections, each kept only when the core
 * accepts it, so every history is one a principal could have written.
 */
import fc from 'fast-check';
import { DECISION_RULES } from '../conference/conference.js';
import { DomainError } from '../errors.js';
import type { MandateChange } from '../mandate/amendment.js';
import type { Condition, Mandate, Position, RedLineRule } from '../mandate/mandate.js';
import { MOVE_TYPES, type Move, type RecordedMove } from '../mandate/move.js';
import { type DirectiveRecord, effectiveAt, projectMandate } from '../mandate/project-mandate.js';
import {
  aDirective,
  addLinkage,
  addRedLine,
  agreementOn,
  aLinkage,
  allOf,
  aNumericStep,
  anyOf,
  aRedLine,
  aStep,
  EUROPEAN_TREATIES,
  onRecord,
  ourMove,
  releaseNext,
  releaseTo,
  removeLinkage,
  removeRedLine,
  setLadder,
  theyMoveOn,
  withdrawAuthority,
} from './mandate-factories.js';

/** The issue the random mandates are about. */
export const ISSUE = 'tripolitania';
/** An issue with directives of its own, which no verdict on ISSUE may rest on. */
const OTHER_ISSUE = 'rumania';
const LINKED_ISSUES = ['balkans', 'japan-pact', 'japan-control-council'] as const;
const PARTIES = ['us', 'uk', 'france', 'china'] as const;
export const UNITS = ['billion-usd', 'days'] as const;
const DIRECTIONS = ['more-is-better', 'less-is-better'] as const;
const STEP_IDS = Array.from({ length: 10 }, (_, index) => `s${index}`);
const POSITIONS = [...STEP_IDS, 'off-ladder'];

/** Hours from the opening of the session; directive k is registered at hour 2k + 2. */
export const hour = (n: number) => new Date(Date.UTC(1945, 8, 11, 9) + n * 3_600_000).toISOString();
/** An instant after every directive of a history. */
export const END = hour(100);

const aStepSpec = fc.option(
  fc.record({
    min: fc.integer({ min: 0, max: 100 }),
    span: fc.integer({ min: 0, max: 30 }),
    unit: fc.constantFrom(...UNITS),
    direction: fc.constantFrom(...DIRECTIONS),
  }),
  { nil: null },
);
const aLadder: fc.Arbitrary<Position[]> = fc.array(aStepSpec, { minLength: 1, maxLength: 10 }).map((specs) =>
  specs.map((spec, index) =>
    spec === null
      ? aStep(`s${index}`)
      : aNumericStep(`s${index}`, {
          min: spec.min,
          max: spec.min + spec.span,
          unit: spec.unit,
          direction: spec.direction,
        }),
  ),
);

const aCondition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 2, depthSize: 'small' },
    fc
      .tuple(fc.constantFrom(...LINKED_ISSUES), fc.option(fc.constantFrom(...PARTIES), { nil: undefined }))
      .map(([issue, party]) => theyMoveOn(issue, party)),
    fc.constantFrom(...LINKED_ISSUES).map(agreementOn),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((of) => anyOf(...of)),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((of) => allOf(...of)),
  ),
})).condition;

const PARTICIPATION_ISSUES = ['*', ...EUROPEAN_TREATIES, ...LINKED_ISSUES];
const aRule: fc.Arbitrary<RedLineRule> = fc.oneof(
  fc
    .subarray(POSITIONS, { minLength: 1, maxLength: 3 })
    .map((positions) => ({ type: 'forbid-positions' as const, positions })),
  fc
    .record({
      bound: fc.integer({ min: 0, max: 130 }),
      unit: fc.constantFrom(...UNITS),
      direction: fc.constantFrom(...DIRECTIONS),
    })
    .map((bound) => ({ type: 'numeric-bound' as const, ...bound })),
  fc
    .record({
      party: fc.constantFrom(...PARTIES),
      issues: fc.subarray(PARTICIPATION_ISSUES, { minLength: 1, maxLength: 3 }),
    })
    .map((rule) => ({ type: 'participation' as const, ...rule })),
  fc.constant({ type: 'keep-participation' as const }),
  fc
    .subarray([...DECISION_RULES], { minLength: 1 })
    .map((forbids) => ({ type: 'decision-rule' as const, forbids })),
);

/** A change as the generator intends it, resolved against the mandate it amends (steps by index, clauses by pick). */
type Intent =
  | { op: 'release-next' }
  | { op: 'release-to'; step: number }
  | { op: 'withdraw-authority'; step: number | null }
  | { op: 'add-red-line'; rule: RedLineRule }
  | { op: 'remove-red-line'; pick: number }
  | { op: 'add-linkage'; condition: Condition; steps: number[] | null }
  | { op: 'remove-linkage'; pick: number };

const anIntent: fc.Arbitrary<Intent> = fc.oneof(
  fc.constant({ op: 'release-next' as const }),
  fc.nat(9).map((step) => ({ op: 'release-to' as const, step })),
  fc.option(fc.nat(9), { nil: null }).map((step) => ({ op: 'withdraw-authority' as const, step })),
  aRule.map((rule) => ({ op: 'add-red-line' as const, rule })),
  fc.nat().map((pick) => ({ op: 'remove-red-line' as const, pick })),
  fc
    .record({
      condition: aCondition,
      steps: fc.option(fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }), { nil: null }),
    })
    .map((linkage) => ({ op: 'add-linkage' as const, ...linkage })),
  fc.nat().map((pick) => ({ op: 'remove-linkage' as const, pick })),
);

const aHistorySpec = fc.record({
  ladder: aLadder,
  authority: fc.nat(9),
  amendments: fc.array(
    fc.record({
      issue: fc.constantFrom(ISSUE, ISSUE, ISSUE, OTHER_ISSUE),
      intents: fc.array(anIntent, { minLength: 1, maxLength: 3 }),
      /** Hours by which a correction reaches back before its registration; 0 for none. */
      reachesBack: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) },
      ),
    }),
    { maxLength: 12 },
  ),
});
type HistorySpec = typeof aHistorySpec extends fc.Arbitrary<infer T> ? T : never;

function resolve(intent: Intent, mandate: Mandate, fresh: (prefix: string) => string): MandateChange | null {
  const step = (index: number) => mandate.ladder[index % Math.max(mandate.ladder.length, 1)]?.id ?? 'no-step';
  switch (intent.op) {
    case 'release-next':
      return releaseNext();
    case 'release-to':
      return releaseTo(step(intent.step));
    case 'withdraw-authority':
      return withdrawAuthority(intent.step === null ? undefined : step(intent.step));
    case 'add-red-line':
      return addRedLine(aRedLine(fresh('red-line'), intent.rule));
    case 'remove-red-line': {
      const line = mandate.redLines[intent.pick % Math.max(mandate.redLines.length, 1)];
      return line ? removeRedLine(line.clause.id) : null;
    }
    case 'add-linkage': {
      const positions = intent.steps === null ? undefined : [...new Set(intent.steps.map(step))];
      return addLinkage(aLinkage(fresh('linkage'), intent.condition, positions ? { positions } : {}));
    }
    case 'remove-linkage': {
      const link = mandate.linkages[intent.pick % Math.max(mandate.linkages.length, 1)];
      return link ? removeLinkage(link.clause.id) : null;
    }
  }
}

/**
 * Can every issue be projected at every instant where its mandate changes? A
 * correction that reaches back past a directive it builds on cannot, and the
 * generator (as registration should) refuses it.
 */
function isProjectable(directives: readonly DirectiveRecord[]): boolean {
  try {
    for (const instant of directives.map(effectiveAt)) {
      projectMandate(ISSUE, directives, instant);
      projectMandate(OTHER_ISSUE, directives, instant);
    }
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** The directives a spec gives, each amendment registered only if the core accepts it. */
function historyOf(spec: HistorySpec): DirectiveRecord[] {
  let clauses = 0;
  const fresh = (prefix: string) => {
    clauses += 1;
    return `${prefix}-${clauses}`;
  };
  const directives: DirectiveRecord[] = [
    aDirective('dir-rumania', hour(0), OTHER_ISSUE, [setLadder([aStep('groza-as-is')])]),
    aDirective('dir-0', hour(1), ISSUE, [
      setLadder(spec.ladder, spec.ladder[spec.authority % spec.ladder.length]!.id),
    ]),
  ];
  spec.amendments.forEach(({ issue, intents, reachesBack }, k) => {
    const registeredAt = hour(2 * k + 2);
    const mandate = projectMandate(issue, directives, registeredAt)!;
    const changes = intents.flatMap((intent) => resolve(intent, mandate, fresh) ?? []);
    if (changes.length === 0) return;
    const overrides = reachesBack > 0 ? { effectiveAt: hour(2 * k + 2 - reachesBack) } : {};
    const candidate = aDirective(`dir-${k + 1}`, registeredAt, issue, changes, overrides);
    if (isProjectable([...directives, candidate])) directives.push(candidate);
  });
  return directives;
}

/** One of our moves on ISSUE, stating any mix of a step, a number, participation and a decision rule. */
export const aMove: fc.Arbitrary<Move> = fc
  .record({
    type: fc.constantFrom(...MOVE_TYPES),
    position: fc.option(fc.constantFrom(...POSITIONS), { nil: undefined }),
    value: fc.option(fc.integer({ min: -10, max: 140 }), { nil: undefined }),
    unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
    participation: fc.option(
      fc.array(
        fc.record({
          party: fc.constantFrom(...PARTIES),
          issues: fc.subarray(PARTICIPATION_ISSUES, { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined },
    ),
    decisionRule: fc.option(fc.constantFrom(...DECISION_RULES), { nil: undefined }),
  })
  .map(({ type, ...terms }) => {
    const stated = Object.fromEntries(Object.entries(terms).filter(([, term]) => term !== undefined));
    return ourMove({ issue: ISSUE, type, ...stated });
  });

/** Moves of either side on the linked issues (and ours), two to a report cable. */
export const aRecord: fc.Arbitrary<RecordedMove[]> = fc
  .array(
    fc.record({
      side: fc.constantFrom('ours' as const, 'theirs' as const),
      party: fc.constantFrom(...PARTIES),
      issue: fc.constantFrom(...LINKED_ISSUES, ISSUE),
      type: fc.constantFrom(...MOVE_TYPES),
    }),
    { maxLength: 8 },
  )
  .map((moves) =>
    moves.map((move, index) =>
      onRecord(`rep-${Math.floor(index / 2)}`, { ...move, summary: 'A move at the table' }),
    ),
  );

/** A history of directives on ISSUE, every one accepted by the core. */
export const aHistory: fc.Arbitrary<DirectiveRecord[]> = aHistorySpec.map(historyOf);

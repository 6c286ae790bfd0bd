/**
 * Properties of the verdict over random mandates (see testing/mandate-arbitraries.ts
 * for how a history of directives, a move and a record are drawn).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { aHistory, aMove, aRecord, END, hour, ISSUE, UNITS } from '../testing/mandate-arbitraries.js';
import {
  aDirective,
  addRedLine,
  aRedLine,
  LONDON_1945,
  releaseNext,
  releaseTo,
  removeRedLine,
  withdrawAuthority,
} from '../testing/mandate-factories.js';
import type { MandateChange } from './amendment.js';
import { checkMove } from './check-move.js';
import type { RedLine, RedLineRule } from './mandate.js';
import type { Move, RecordedMove } from './move.js';
import { type DirectiveRecord, projectMandate } from './project-mandate.js';
import { severityOf, type Verdict } from './verdict.js';

const RUNS = { numRuns: 300, seed: 1945 };
const COMMITTING = ['proposal', 'concession', 'acceptance', 'agreement'] as const;

function verdictAt(
  directives: readonly DirectiveRecord[],
  move: Move,
  record: readonly RecordedMove[],
  at = END,
): Verdict {
  return checkMove(projectMandate(move.issue, directives, at), move, LONDON_1945, record);
}

/** The verdicts after a further directive, or null when the core refuses it. */
function verdictsAfter(
  directives: readonly DirectiveRecord[],
  changes: MandateChange[],
  moves: Move[],
  record: RecordedMove[],
) {
  const amended = [...directives, aDirective('dir-further', hour(99), ISSUE, changes)];
  try {
    return moves.map((move) => verdictAt(amended, move, record));
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

const decisive = ({ verdict, clause, directive }: Verdict) => ({ verdict, clause, directive });

describe('checkMove over random mandates', () => {
  it('never gives a worse verdict after a release, and moves nothing but NEEDS_AUTHORITY', () => {
    let releases = 0;
    fc.assert(
      fc.property(
        aHistory,
        fc.array(aMove, { minLength: 1, maxLength: 5 }),
        aRecord,
        fc.nat(9),
        (directives, moves, record, to) => {
          const before = moves.map((move) => verdictAt(directives, move, record));
          const mandate = projectMandate(ISSUE, directives, END)!;
          const target = mandate.ladder[to % mandate.ladder.length]!.id;
          for (const release of [releaseNext(), releaseTo(target)]) {
            const after = verdictsAfter(directives, [release], moves, record);
            if (after === null) continue;
            releases += 1;
            after.forEach((verdict, index) => {
              const earlier = before[index]!;
              expect(severityOf(verdict.verdict)).toBeLessThanOrEqual(severityOf(earlier.verdict));
              if (earlier.verdict === 'WITHIN') expect(verdict.verdict).toBe('WITHIN');
              if (earlier.verdict === 'RED_LINE' || earlier.verdict === 'LINKAGE_UNMET') {
                expect(decisive(verdict)).toEqual(decisive(earlier));
              } else if (verdict.verdict !== earlier.verdict) {
                // Only authority moves: NEEDS_AUTHORITY turns WITHIN, resting on the releasing cable.
                expect([earlier.verdict, verdict.verdict, verdict.directive]).toEqual([
                  'NEEDS_AUTHORITY',
                  'WITHIN',
                  'dir-further',
                ]);
              }
            });
          }
        },
      ),
      RUNS,
    );
    expect(releases).toBeGreaterThan(RUNS.numRuns);
  });

  it('gives RED_LINE to a move that breaks a red line, whatever the authority, even with every step released', () => {
    const breakable = aMove.filter(
      (move) =>
        (COMMITTING as readonly string[]).includes(move.type) &&
        (move.decisionRule !== undefined || move.participation !== undefined || move.value !== undefined),
    );
    fc.assert(
      fc.property(aHistory, breakable, aRecord, fc.nat(), (directives, move, record, pick) => {
        const mandate = projectMandate(ISSUE, directives, END)!;
        const redLine = aRedLineBrokenBy(move, pick);
        const top = mandate.ladder.at(-1)!.id;
        const forbidding = mandate.redLines.filter(({ clause }) => clause.rule.type === 'forbid-positions');
        const variants: MandateChange[][] = [
          [addRedLine(redLine)],
          [addRedLine(redLine), withdrawAuthority()],
          [...forbidding.map(({ clause }) => removeRedLine(clause.id)), addRedLine(redLine), releaseTo(top)],
        ];
        for (const changes of variants) {
          const [verdict] = verdictsAfter(directives, changes, [move], record) ?? [];
          expect(verdict?.verdict).toBe('RED_LINE');
          expect(verdict?.clause.kind).toBe('red-line');
        }
      }),
      RUNS,
    );
  });

  it('gives the same verdict from the cited cables alone', () => {
    fc.assert(
      fc.property(
        aHistory,
        aMove,
        aRecord,
        fc.integer({ min: 0, max: 30 }),
        (directives, move, record, instant) => {
          const at = hour(instant);
          const verdict = verdictAt(directives, move, record, at);
          const cited = (cable: string) => verdict.cites.includes(cable);
          const fromCited = verdictAt(
            directives.filter((directive) => cited(directive.cable)),
            move,
            record.filter((entry) => cited(entry.cable)),
            at,
          );
          expect(decisive(fromCited)).toEqual(decisive(verdict));
          expect(fromCited.cites).toEqual(verdict.cites);
        },
      ),
      RUNS,
    );
  });
});

/** A red line the move crosses, in whichever of its terms `pick` chooses. */
function aRedLineBrokenBy(move: Move, pick: number): RedLine {
  const rules: RedLineRule[] = [];
  if (move.decisionRule !== undefined) rules.push({ type: 'decision-rule', forbids: [move.decisionRule] });
  const [entry] = move.participation ?? [];
  if (entry) rules.push({ type: 'participation', party: entry.party, issues: entry.issues });
  if (move.value !== undefined) {
    const unit = move.unit ?? UNITS[0];
    rules.push(
      pick % 2 === 0
        ? { type: 'numeric-bound', bound: move.value + 1, unit, direction: 'more-is-better' }
        : { type: 'numeric-bound', bound: move.value - 1, unit, direction: 'less-is-better' },
    );
  }
  return aRedLine('the-red-line', rules[pick % rules.length]!);
}

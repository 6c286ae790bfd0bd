/**
 * Issue 11's property of time: a move that happened after the instant t never
 * changes a verdict at t, whether it is reported before the judged move or
 * long after it, and whatever the re-evaluation's horizon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Move } from '../../core/index.js';
import { aHistory, aMove, aRecord, END, hour } from '../../core/testing/mandate-arbitraries.js';
import { LONDON_1945 } from '../../core/testing/mandate-factories.js';
import type { StoredMove } from '../../store/store.js';
import { type Horizon, judgeReport, type Knowledge } from './judge-in-scope.js';

/** The judged report's place in the chain; the record's reports come before it, the later move's after. */
const REPORT = 200;

function placed(cableSeq: number, idx: number, move: Move, registeredAt: string): StoredMove {
  return { cableSeq, idx, cableId: `rep-${cableSeq}`, registeredAt, move };
}

const aCase = fc.record({
  history: aHistory,
  record: aRecord,
  judged: aMove,
  /** The hour our move happened; the record's moves happen at hours spread around it. */
  t: fc.integer({ min: 0, max: 60 }),
  spread: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 8, maxLength: 8 }),
  later: fc.record({
    move: aRecord.filter((moves) => moves.length > 0).map((moves) => moves[0]!.move),
    after: fc.integer({ min: 1, max: 30 }),
    reported: fc.constantFrom('before the judged report', 'after it'),
  }),
});

describe('judging a report over random histories', () => {
  it('never changes a verdict at t for a move that happened after t', () => {
    fc.assert(
      fc.property(aCase, ({ history, record, judged, t, spread, later }) => {
        const knowledge: Knowledge = {
          plan: LONDON_1945,
          directives: history.map((directive, i) => ({ ...directive, cableSeq: i + 1 })),
          moves: [
            ...record.map(({ move }, i) => {
              const occurredAt = hour(spread[i]!);
              return placed(100 + i, 0, { ...move, occurredAt }, occurredAt);
            }),
            placed(REPORT, 0, { ...judged, occurredAt: hour(t) }, END),
          ],
        };
        const occurredAt = hour(t + later.after);
        const seq = later.reported === 'after it' ? REPORT + 1 : 150;
        const added: Knowledge = {
          ...knowledge,
          moves: [...knowledge.moves, placed(seq, 0, { ...later.move, occurredAt }, END)].sort(
            (a, b) => a.cableSeq - b.cableSeq,
          ),
        };
        for (const horizon of [{ beforeSeq: REPORT }, { registeredBy: END }] satisfies Horizon[]) {
          expect(judgeReport(added, REPORT, horizon)).toEqual(judgeReport(knowledge, REPORT, horizon));
        }
      }),
      { numRuns: 300, seed: 1111 },
    );
  });
});

/**
 * Issue 11, the three bugs: a move is judged against the mandate in force
 * when it happened, not when it was reported; linkage evidence and the "what
 * if" count only moves that happened before; a back-dated correction is
 * re-evaluated from its effective time on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { movesOf, ours, theirs } from '../../../scenarios/london-1945/moves.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, DomainError, type MandateChange, type Move } from '../../core/index.js';
import { registerCable } from '../cables/register-cable.js';
import type { Services } from '../services.js';
import { registryScope, scopeOf } from './reader-scope.js';
import { reevaluateVerdicts } from './reevaluate-verdicts.js';
import { checkProposedMove } from './view-mandate.js';

/** After the London session: every report below is a late one. */
const REPORTED = '1945-10-05T12:00:00Z';
const ISSUE = 'germany-demilitarization';

const acceptPact = (occurredAt?: string): Move =>
  ours({
    issue: ISSUE,
    type: 'acceptance',
    position: 'accept-pact',
    summary: 'Accepts the Byrnes pact on Germany',
    ...(occurredAt ? { occurredAt } : {}),
  });
const japanConcession = (occurredAt: string): Move =>
  theirs({
    party: 'us',
    issue: 'japan-pact',
    type: 'concession',
    summary: 'Byrnes agrees to a pact against Japan',
    occurredAt,
  });

describe('moves in time', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const at = (now: string): Services => ({ ...registry.services, now: () => now });

  async function report(moves: Move[], now = REPORTED): Promise<Cable> {
    return registerCable(at(now), 'molotov', {
      to: ['stalin'],
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'A late report of moves at the table',
      issues: [...new Set(moves.map((move) => move.issue))],
      conference: 'london-1945',
      body: 'Reported after the session, for the test.',
      payload: movesOf(...moves),
    });
  }
  const verdictsOf = async (cable: Cable) =>
    (await registry.services.store.mandates.verdictsOf([cable.seq])).map((stored) => stored.verdict);

  it('judges a late report of an early move against the mandate in force when the move was made', async () => {
    // On the 22nd at ten, L-14b stood: no initiative on the German pact; L-16's ladder came that evening.
    const early = await report([acceptPact('1945-09-22T10:00:00Z')]);
    const [verdict] = await verdictsOf(early);
    expect(verdict).toMatchObject({ verdict: 'NEEDS_AUTHORITY', clause: { kind: 'authority', id: null } });
    const [unstated] = await verdictsOf(await report([acceptPact()]));
    expect(unstated).toMatchObject({ verdict: 'LINKAGE_UNMET', clause: { id: 'japan-pact-first' } });
  });

  it('counts as linkage evidence only the moves that happened before, whenever they were reported', async () => {
    const japan = await report([japanConcession('1945-09-26T15:00:00Z')]);
    const [before] = await verdictsOf(await report([acceptPact('1945-09-25T12:00:00Z')]));
    expect(before).toMatchObject({ verdict: 'LINKAGE_UNMET', clause: { id: 'japan-pact-first' } });
    const [after] = await verdictsOf(await report([acceptPact('1945-09-27T12:00:00Z')]));
    expect(after).toMatchObject({ verdict: 'WITHIN', clause: { id: 'accept-pact' } });
    expect(after!.cites).toContain(japan.id);
  });

  it('takes the instant of a "what if" for the evidence too', async () => {
    const whatIf = (move: Move, instant: string) =>
      checkProposedMove(scopeOf(registry.services, 'molotov'), 'london-1945', move, instant);
    const instant = '1945-09-25T00:00:00Z';
    expect((await whatIf(acceptPact(), instant)).verdict.verdict).toBe('LINKAGE_UNMET');
    // A concession reported now but made later than the instant asked about changes nothing at it.
    await report([japanConcession('1945-09-26T15:00:00Z')]);
    expect((await whatIf(acceptPact(), instant)).verdict.verdict).toBe('LINKAGE_UNMET');
    expect((await whatIf(acceptPact(), '1945-09-27T00:00:00Z')).verdict.verdict).toBe('WITHIN');
    // One made before it counts, though reported long after.
    await report([japanConcession('1945-09-24T15:00:00Z')]);
    expect((await whatIf(acceptPact(), instant)).verdict.verdict).toBe('WITHIN');
  });

  it.each([
    ['in the future', '1945-10-06T00:00:00Z', 'in the future'],
    ['before the conference', '1945-09-10T23:59:59Z', 'before the conference opened'],
  ])(
    'refuses a move said to have happened %s, naming the field, and registers nothing',
    async (_, when, why) => {
      const count = await registry.services.store.registry.count();
      const refused = await report([japanConcession('1945-09-24T15:00:00Z'), acceptPact(when)]).catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(DomainError);
      expect(refused).toMatchObject({ code: 'invalid-input', field: 'payload.moves[1].occurredAt' });
      expect((refused as Error).message).toContain(why);
      expect(await registry.services.store.registry.count()).toBe(count);
    },
  );

  it('re-evaluates from a correction’s effective time on, keeps the old verdicts, and lists what changed', async () => {
    await report([japanConcession('1945-09-23T08:00:00Z')]);
    const before = await report([acceptPact('1945-09-23T10:00:00Z')]);
    const after = await report([acceptPact('1945-09-25T10:00:00Z')]);
    expect((await verdictsOf(before))[0]!.verdict).toBe('WITHIN');
    expect((await verdictsOf(after))[0]!.verdict).toBe('WITHIN');
    // Registered on 6 October, Stalin's correction takes the pact back from the 24th.
    const withdraw: MandateChange = { op: 'withdraw-authority', position: 'continue-talks' };
    const correction = await registerCable(at('1945-10-06T09:00:00Z'), 'stalin', {
      to: ['molotov'],
      precedence: 'IMMEDIATE',
      classification: 'TOP SECRET',
      kind: 'directive',
      subject: 'The German pact was not yours to accept',
      issues: [ISSUE],
      conference: 'london-1945',
      body: 'From the 24th on, no acceptance of the pact without Moscow.',
      payload: {
        type: 'mandate-amendment',
        conference: 'london-1945',
        issue: ISSUE,
        changes: [withdraw],
        effectiveAt: '1945-09-24T00:00:00Z',
      },
    });
    const changed = await reevaluateVerdicts(at('1945-10-06T10:00:00Z'), 'stalin', 'london-1945');
    expect(changed).toEqual([
      expect.objectContaining({
        report: { id: after.id, number: after.number },
        idx: 0,
        was: expect.objectContaining({ verdict: 'WITHIN' }),
        now: expect.objectContaining({ verdict: 'NEEDS_AUTHORITY', directive: correction.id }),
      }),
    ]);
    expect((await verdictsOf(before))[0]!.verdict).toBe('WITHIN');
    const history = await registryScope(registry.services).evaluationsOf([after.seq], true);
    expect(history.map(({ reason, current }) => [reason, current])).toEqual([
      ['reported', false],
      ['re-evaluated', true],
    ]);
  });
});

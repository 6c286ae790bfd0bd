/**
 * Issue 11: the principal ratifies one reported move after the fact. Its
 * verdict becomes WITHIN "ratified by" the directive, the original kept
 * beside it; a ratification of a move not in a readable report is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { movesOf, ours } from '../../../scenarios/london-1945/moves.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, DomainError, type MandateChange, type Move } from '../../core/index.js';
import { registerCable } from '../cables/register-cable.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import type { Services } from '../services.js';
import { scopeOf } from './reader-scope.js';
import { checkProposedMove } from './view-mandate.js';

const ISSUE = 'germany-demilitarization';
const acceptPact: Move = ours({
  issue: ISSUE,
  type: 'acceptance',
  position: 'accept-pact',
  summary: 'Accepts the Byrnes pact on Germany before Japan was settled',
});

describe('ratifying a reported move', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const at = (now: string): Services => ({ ...registry.services, now: () => now });

  const report = (moves: Move[], audience: { to: string[]; exclude?: string[] } = { to: ['stalin'] }) =>
    registerCable(at('1945-10-05T12:00:00Z'), 'molotov', {
      ...audience,
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'The pact on Germany accepted',
      issues: [ISSUE],
      conference: 'london-1945',
      body: 'Accepted in principle at the table, for the test.',
      payload: movesOf(...moves),
    });
  const ratify = (changes: MandateChange[]): Promise<Cable> =>
    registerCable(at('1945-10-06T09:00:00Z'), 'stalin', {
      to: ['molotov'],
      precedence: 'IMMEDIATE',
      classification: 'TOP SECRET',
      kind: 'directive',
      subject: 'Your acceptance of the pact is approved',
      issues: [ISSUE],
      conference: 'london-1945',
      body: 'What you accepted stands.',
      payload: { type: 'mandate-amendment', conference: 'london-1945', issue: ISSUE, changes },
    });
  const historyOf = (cable: Cable) => registry.services.store.mandates.verdictHistory(cable.seq, 0);

  it('makes the move WITHIN, ratified by the directive, and keeps the original verdict beside it', async () => {
    const accepted = await report([acceptPact]);
    const [reported] = await historyOf(accepted);
    expect(reported!.verdict.verdict).toBe('LINKAGE_UNMET');
    const directive = await ratify([{ op: 'ratify', report: accepted.number, move: 0 }]);
    expect(directive.payload).toMatchObject({ changes: [{ op: 'ratify', report: accepted.id, move: 0 }] });
    const history = await historyOf(accepted);
    expect(history.map(({ reason, current }) => [reason, current])).toEqual([
      ['reported', false],
      ['re-evaluated', true],
    ]);
    expect(history[1]!.verdict).toMatchObject({
      verdict: 'WITHIN',
      clause: { kind: 'ratification', id: null },
      directive: directive.id,
      original: { verdict: 'LINKAGE_UNMET', clause: { kind: 'linkage', id: 'japan-pact-first' } },
    });
    expect(history[1]!.verdict.cites).toContain(directive.id);
    // verify recomputes the ratified verdict from the chain, as it does every other.
    expect((await verifyRegistry(registry.services, undefined, { workers: 0 })).fault).toBeNull();
  });

  it('ratifies only the move it names: the same move reported again is judged as before', async () => {
    const accepted = await report([acceptPact]);
    await ratify([{ op: 'ratify', report: accepted.id, move: 0 }]);
    const again = await report([acceptPact]);
    expect((await historyOf(again))[0]!.verdict.verdict).toBe('LINKAGE_UNMET');
    const whatIf = await checkProposedMove(
      scopeOf(registry.services, 'molotov'),
      'london-1945',
      acceptPact,
      '1945-10-06T10:00:00Z',
    );
    expect(whatIf.verdict.verdict).toBe('LINKAGE_UNMET');
  });

  it('refuses a ratification of a move in a report the principal may not read, as if there were none', async () => {
    const unread = await report([acceptPact], { to: ['gusev'] });
    expect(unread.readers).not.toContain('stalin');
    const refused = await ratify([{ op: 'ratify', report: unread.number, move: 0 }]).catch(
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'invalid-input', field: 'payload.changes[0].report' });
    expect((refused as Error).message).toContain('no report');
  });

  it.each([
    ['a cable that is no report', async () => ({ report: 'no-such-cable', move: 0 }), 'report'],
    ['a place with no move', async (accepted: Cable) => ({ report: accepted.number, move: 3 }), 'move'],
  ])('refuses a ratification naming %s, naming the field, and registers nothing', async (_, named, field) => {
    const accepted = await report([acceptPact]);
    const count = await registry.services.store.registry.count();
    const refused = await ratify([{ op: 'ratify', ...(await named(accepted)) }]).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'invalid-input', field: `payload.changes[0].${field}` });
    expect(await registry.services.store.registry.count()).toBe(count);
  });
});

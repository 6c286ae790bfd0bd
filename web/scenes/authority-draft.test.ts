import { describe, expect, test } from 'vitest';
import type { CableView, ReportedMove, Verdict } from '../api/schema.js';
import { type AuthorityContext, authorityDraft, isPrincipal, needsAuthority } from './authority-draft.js';

const directory = {
  precedences: ['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'],
  classifications: ['UNCLASSIFIED', 'SECRET', 'TOP SECRET'],
  kinds: ['directive', 'report', 'query', 'reply'],
};

const needs: Verdict = {
  verdict: 'NEEDS_AUTHORITY',
  clause: { kind: 'authority', id: 'opening' },
  directive: { id: 'c-1', number: 'TODEL 0001' },
  explanation: "The move is step 2 of 3; the delegation may go alone only to 'Opening'.",
  cites: [],
};

function reported(idx: number, verdict: Verdict | null, position?: string): ReportedMove {
  return {
    idx,
    move: {
      issue: 'trieste',
      side: 'ours',
      type: 'concession',
      ...(position ? { position } : {}),
      summary: `Move ${idx}`,
    },
    verdict,
    evaluations: 1,
  };
}

function cable(patch: Partial<CableView>): CableView {
  return {
    id: 'c-7',
    number: 'DEL-LON 0007',
    seq: 7,
    registeredAt: '1945-09-20T10:00:00Z',
    author: { id: 'molotov', name: 'Vyacheslav Molotov' },
    alias: null,
    to: ['stalin'],
    info: [],
    exclude: [],
    via: null,
    precedence: 'FLASH',
    classification: 'SECRET',
    captions: [],
    kind: 'report',
    subject: 'Trieste: first fallback conceded',
    issues: ['trieste', 'italy-treaty'],
    conference: 'london-1945',
    read: true,
    body: '…',
    withheld: null,
    inReplyTo: null,
    refs: [],
    readers: ['molotov', 'stalin'],
    signature: '',
    hash: '',
    prevHash: '',
    handlingTargetMinutes: 10,
    payload: { type: 'moves', conference: 'london-1945', moves: [] },
    ...patch,
  };
}

const report = cable({
  moves: [
    reported(0, { ...needs, verdict: 'WITHIN', explanation: 'Released.' }, 'opening'),
    reported(1, needs, 'first-fallback'),
  ],
});
const plan = {
  principals: ['stalin'],
  parties: [{ id: 'ussr', name: 'Soviet Union' }],
  issues: [{ id: 'trieste', title: 'Trieste', decision: 'unanimity' as const }],
};
const mandates = [
  {
    issue: { id: 'trieste' },
    mandate: {
      ladder: [
        { id: 'opening', label: 'Opening' },
        { id: 'first-fallback', label: 'First fallback' },
      ],
    },
  },
];
const context = (patch: Partial<AuthorityContext>): AuthorityContext => ({
  intent: 'ask-authority',
  directory,
  report,
  answered: report,
  move: 1,
  plan,
  mandates,
  ...patch,
});

describe('the cables of the authority round trip', () => {
  test('asking for authority is a query to the principals in reply to the report, at its precedence', () => {
    const draft = authorityDraft(context({}));
    expect(draft?.form).toMatchObject({
      to: ['stalin'],
      kind: 'query',
      precedence: 'FLASH',
      classification: 'SECRET',
      conference: 'london-1945',
      issues: 'trieste',
      inReplyTo: 'DEL-LON 0007',
      subject: 'Authority requested: Trieste — First fallback',
    });
    expect(draft?.directive.changes).toEqual([]);
  });

  test('the request names the move and the verdict’s explanation', () => {
    const body = authorityDraft(context({}))?.form.body ?? '';
    expect(body).toContain('move 2 of DEL-LON 0007');
    expect(body).toContain('‘First fallback’');
    expect(body).toContain(
      "NEEDS AUTHORITY. The move is step 2 of 3; the delegation may go alone only to 'Opening'.",
    );
  });

  test('a move that names no step is asked for by its summary', () => {
    const plain = cable({ moves: [reported(0, needs)] });
    expect(authorityDraft(context({ report: plain, answered: plain, move: 0 }))?.form.subject).toBe(
      'Authority requested: Trieste — Move 0',
    );
  });

  test('granting is a directive to the report’s author that releases up to the step the move named', () => {
    const draft = authorityDraft(context({ intent: 'grant-authority' }));
    expect(draft?.form).toMatchObject({
      to: ['molotov'],
      kind: 'directive',
      conference: 'london-1945',
      issues: 'trieste',
      inReplyTo: 'DEL-LON 0007',
      subject: 'Authority granted: Trieste — First fallback',
    });
    expect(draft?.directive).toMatchObject({
      issue: 'trieste',
      changes: [{ op: 'release-to', position: 'first-fallback' }],
    });
  });

  test('granting a move that names no step of the ladder releases the next step', () => {
    const off = cable({ moves: [reported(0, needs, 'not-on-the-ladder')] });
    const draft = authorityDraft(context({ intent: 'grant-authority', report: off, answered: off, move: 0 }));
    expect(draft?.directive.changes).toMatchObject([{ op: 'release-next' }]);
  });

  test('answering a query replies to the query, still to the report’s author, on the first move that needs authority', () => {
    const query = cable({
      id: 'c-8',
      number: 'DEL-LON 0008',
      author: { id: 'molotov', name: 'Vyacheslav Molotov' },
      kind: 'query',
      precedence: 'IMMEDIATE',
      payload: null,
    });
    const draft = authorityDraft(context({ intent: 'grant-authority', answered: query, move: null }));
    expect(draft?.form).toMatchObject({
      to: ['molotov'],
      inReplyTo: 'DEL-LON 0008',
      precedence: 'IMMEDIATE',
    });
    expect(draft?.move.idx).toBe(1);
  });

  test('refusing is a reply to the report’s author saying so', () => {
    const draft = authorityDraft(context({ intent: 'refuse-authority' }));
    expect(draft?.form).toMatchObject({
      to: ['molotov'],
      kind: 'reply',
      inReplyTo: 'DEL-LON 0007',
      subject: 'Authority refused: Trieste — First fallback',
    });
    expect(draft?.form.body).toContain('Authority refused on move 2 of DEL-LON 0007');
  });

  test('a report without a move that needs authority has nothing to prefill', () => {
    const fine = cable({ moves: [report.moves![0]!] });
    expect(authorityDraft(context({ report: fine, answered: fine, move: null }))).toBeNull();
    expect(authorityDraft(context({ move: 9 }))).toBeNull();
  });
});

describe('who takes part in the round trip', () => {
  test('a move beyond the authority or held back by a linkage needs authority; one within, or theirs, does not', () => {
    expect(needsAuthority(reported(0, needs))).toBe(true);
    expect(needsAuthority(reported(0, { ...needs, verdict: 'LINKAGE_UNMET' }))).toBe(true);
    expect(needsAuthority(reported(0, { ...needs, verdict: 'WITHIN' }))).toBe(false);
    expect(needsAuthority(reported(0, { ...needs, verdict: 'RED_LINE' }))).toBe(false);
    expect(needsAuthority(reported(0, null))).toBe(false);
    const theirs = reported(0, needs);
    expect(needsAuthority({ ...theirs, move: { ...theirs.move, side: 'theirs' } })).toBe(false);
  });

  test('only a principal of the conference’s plan is one', () => {
    expect(isPrincipal(plan, 'stalin')).toBe(true);
    expect(isPrincipal(plan, 'molotov')).toBe(false);
    expect(isPrincipal(null, 'stalin')).toBe(false);
  });
});

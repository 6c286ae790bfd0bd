import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * Issue 13: the record of the London sittings and the negotiation map, each
 * computed from the cables its reader may read.
 */

const CONFERENCE = 'london-1945';
const SECRET_WORDS = 'Beria alone hears of the sealed protocol';

let registry: TestServices;
let app: FastifyInstance;
const sessions: Record<string, Session> = {};

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const post = (who: string, url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

function anAccount(payload: Record<string, unknown>, fields: Record<string, unknown> = {}) {
  return aCable({
    kind: 'record',
    subject: 'An account of a sitting',
    conference: CONFERENCE,
    payload: {
      type: 'record',
      conference: CONFERENCE,
      session: 's-1945-09-20',
      source: 'our-note',
      party: 'ussr',
      entries: [],
      ...payload,
    },
    ...fields,
  });
}

interface MapView {
  status: string;
  statusHistory: { status: string; at: string }[];
  lines: { party: string; points: { text: string }[] }[];
  mandate: unknown;
}

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  for (const person of ['stalin', 'molotov', 'beria', 'vyshinsky'])
    sessions[person] = await logInInProcess(app, person);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('the London record', { timeout: SLOW }, () => {
  it('flags every sitting for its missing verbatim record, and the last for the record promised and never delivered', async () => {
    const answer = await get('molotov', `/api/conferences/${CONFERENCE}/sessions`);
    expect(answer.statusCode).toBe(200);
    const listed = answer.json<{ sessions: { session: { id: string }; flags: { flag: string }[] }[] }>()
      .sessions;
    const flagsOf = (id: string) => listed.find((s) => s.session.id === id)!.flags.map((f) => f.flag);
    expect(flagsOf('s-1945-09-11')).toEqual(['no-verbatim-record']);
    expect(flagsOf('s-1945-10-02')).toEqual(['no-verbatim-record', 'promised-record-missing']);
  });

  it('gives the opening sitting its decision, valid under unanimity, and the moves reported from it', async () => {
    const answer = await get('molotov', `/api/conferences/${CONFERENCE}/sessions/s-1945-09-11/record`);
    const record = answer.json<{
      entries: { source: string; decision: { validity: { rule: string; valid: boolean } } | null }[];
      participants: { party: string }[];
    }>();
    expect(record.participants.map((p) => p.party)).toEqual(['ussr', 'us', 'uk', 'france', 'china']);
    const decision = record.entries.find((entry) => entry.decision)!.decision!;
    expect(decision.validity).toMatchObject({ rule: 'unanimity', valid: true });
    expect(record.entries.some((entry) => entry.source === 'report')).toBe(true);
    expect(answer.body).not.toMatch(/"seq"|"hash"/);
  });

  it('sets the two accounts of the exchange on Japanese gold side by side, with what the memorandum omits', async () => {
    const answer = await get('molotov', `/api/conferences/${CONFERENCE}/sessions/s-1945-09-27/record`);
    const { aligned } = answer.json<{
      aligned: {
        accounts: { source: string }[];
        rows: { key: string; cells: ({ wording: { in: string; text: string }[] | null } | null)[] }[];
      };
    }>();
    expect(aligned.accounts.map((a) => a.source)).toEqual(['our-note', 'their-memo']);
    const row = (key: string) => aligned.rows.find((r) => r.key === key)!;
    expect(row('gold-bevin').cells[1]).toBeNull();
    expect(row('gold-question').cells[1]!.wording!.some((part) => part.in === 'first')).toBe(true);
  });

  it('draws the procedural issue agreed on 11 September and deadlocked from 22 September', async () => {
    const answer = await get('molotov', `/api/conferences/${CONFERENCE}/map/procedure-france-china`);
    expect(answer.statusCode).toBe(200);
    const map = answer.json<MapView>();
    expect(map.statusHistory.map((c) => [c.status, c.at.slice(0, 10)])).toEqual([
      ['agreed', '1945-09-11'],
      ['deadlocked', '1945-09-22'],
    ]);
    expect(map.status).toBe('deadlocked');
    expect(map.mandate).not.toBeNull();
  });

  it('lists in the overview the issues moved since a date first', async () => {
    const answer = await get('molotov', `/api/conferences/${CONFERENCE}/map?since=1945-09-25T00:00:00Z`);
    const { issues } = answer.json<{ issues: { issue: { id: string }; moved: boolean }[] }>();
    const firstUnmoved = issues.findIndex((row) => !row.moved);
    expect(issues.slice(firstUnmoved).every((row) => !row.moved)).toBe(true);
    expect(issues[0]!.moved).toBe(true);
  });
});

describe('a record its reader may not read', { timeout: SLOW }, () => {
  const paths = [
    `/api/conferences/${CONFERENCE}/sessions`,
    `/api/conferences/${CONFERENCE}/sessions/s-1945-09-20/record`,
    `/api/conferences/${CONFERENCE}/map/germany-demilitarization`,
    `/api/conferences/${CONFERENCE}/map`,
  ];
  const before = new Map<string, string>();

  beforeAll(async () => {
    for (const path of paths) before.set(path, (await get('molotov', path)).body);
    const hidden = anAccount(
      {
        entries: [
          {
            kind: 'statement',
            party: 'us',
            issue: 'germany-demilitarization',
            text: SECRET_WORDS,
            status: 'deferred',
            value: 40,
            unit: 'years',
          },
        ],
        promised: [{ source: 'verbatim', party: 'uk', by: '1945-09-25' }],
      },
      { to: ['beria'], classification: 'TOP SECRET' },
    );
    expect((await post('stalin', '/api/cables', hidden)).statusCode).toBe(201);
  });

  it('changes nothing Molotov sees of the sessions, their flags, the map or the overview', async () => {
    for (const path of paths) {
      const answer = await get('molotov', path);
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toBe(before.get(path));
    }
  });

  it('is in the session and the map of its reader', async () => {
    const record = await get('beria', `/api/conferences/${CONFERENCE}/sessions/s-1945-09-20/record`);
    expect(record.body).toContain(SECRET_WORDS);
    const map = (
      await get('beria', `/api/conferences/${CONFERENCE}/map/germany-demilitarization`)
    ).json<MapView>();
    expect(map.status).toBe('deferred');
  });

  it("leaves out of Vyshinsky's record the delegation's notes he was not sent", async () => {
    const record = await get('vyshinsky', `/api/conferences/${CONFERENCE}/sessions/s-1945-09-27/record`);
    expect(record.json<{ accounts: unknown[] }>().accounts).toEqual([]);
  });
});

describe('bad input', { timeout: SLOW }, () => {
  it('refuses an account naming a party, issue or session the plan does not have, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ session: 's-1999-01-01' }, 'payload.session'],
      [{ entries: [{ kind: 'statement', party: 'italy', text: 'x' }] }, 'payload.entries[0].party'],
      [
        { entries: [{ kind: 'statement', party: 'us', issue: 'mars', text: 'x' }] },
        'payload.entries[0].issue',
      ],
      [
        { entries: [{ kind: 'decision', party: 'us', issue: 'general', text: 'x' }] },
        'payload.entries[0].decision',
      ],
    ];
    for (const [payload, field] of cases) {
      const answer = await post('molotov', '/api/cables', anAccount(payload, { to: ['stalin'] }));
      expect(answer.statusCode).toBe(400);
      expect(answer.json<{ field: string }>().field).toBe(field);
    }
    const wrongKind = await post('molotov', '/api/cables', anAccount({}, { kind: 'note', to: ['stalin'] }));
    expect(wrongKind.json<{ field: string }>().field).toBe('kind');
  });

  it('answers 404 for a session or issue that does not exist', async () => {
    expect((await get('molotov', `/api/conferences/${CONFERENCE}/sessions/nope/record`)).statusCode).toBe(
      404,
    );
    expect((await get('molotov', `/api/conferences/${CONFERENCE}/map/nope`)).statusCode).toBe(404);
    expect((await get('molotov', '/api/conferences/nope/map')).statusCode).toBe(404);
  });

  it('reads an account from Markdown, and names the line it cannot read', async () => {
    const read = await post('molotov', '/api/record/parse', {
      format: 'markdown',
      text: '## general\n\n- Bevin (uk): Fine.',
    });
    expect(read.json<{ entries: unknown[] }>().entries).toEqual([
      { kind: 'statement', party: 'uk', speaker: 'Bevin', issue: 'general', text: 'Fine.' },
    ]);
    const refused = await post('molotov', '/api/record/parse', { format: 'text', text: 'no colon' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ field: string }>().field).toBe('line 1');
  });
});

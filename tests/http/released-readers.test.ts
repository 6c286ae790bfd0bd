import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import type { CableView } from '../../src/http/schemas/cable-schemas.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import { recordSetup } from '../../src/services/organisation/record-setup.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/**
 * Issue 15: a release widens who reads a cable on every reading path, from its
 * date, with the released text (gaps, never the struck passage), and a
 * withdrawal narrows it again from its own date.
 */
describe('a cable released to a new reader (issue 15)', { timeout: SLOW }, () => {
  let registry: TestServices;
  let app: FastifyInstance;
  const reader = 'gusev';
  /** A cable Gusev was not given (and shown whole: not READ-OUT), linked to one he was. */
  let released: Cable;
  let repliedTo: Cable;
  let clock = '1950-01-01T00:00:00.000Z';
  const struck = { start: 0, end: 12 };
  let struckText = '';

  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    registry.services.now = () => clock;
    await recordSetup(registry.services, OPERATOR, [
      { op: 'person.roles', id: 'poskrebyshev', roles: ['archivist'] },
    ]);
    const all = new Map<string, Cable>();
    for await (const batch of registry.services.store.registry.scan(1000))
      for (const { cable } of batch) if (cable) all.set(cable.id, cable);
    for (const cable of all.values()) {
      for (const target of [cable.inReplyTo, ...cable.refs]) {
        const linked = target ? all.get(target) : undefined;
        const unread = !cable.readers.includes(reader) && !cable.captions.includes('READ-OUT');
        if (!released && linked && unread && linked.readers.includes(reader)) {
          released = cable;
          repliedTo = linked;
        }
      }
    }
    struckText = [...released.body].slice(struck.start, struck.end).join('');
    app = await buildTestApp(registry.services);
  }, SLOW);
  afterAll(async () => {
    await app?.close();
    await registry?.cleanup();
  });

  const as = async (person: string) => issueApiToken(app, person);
  const get = async (url: string) => app.inject({ method: 'GET', url, headers: await as(reader) });
  const numbersIn = (views: { number: string }[]) => views.map((view) => view.number);

  /** Every reading path, as Gusev sees it: what each shows of the released cable, or null. */
  async function gusevSees() {
    const inbox = (await get('/api/inbox?limit=200')).json().cables as CableView[];
    const opened = await get(`/api/cables/${encodeURIComponent(released.number)}`);
    const thread = (await get(`/api/cables/${encodeURIComponent(repliedTo.number)}`)).json().thread;
    const listed = (await get(`/api/search?author=${released.author}&limit=200`)).json().hits as Hit[];
    const byStruckWord = (
      await get(`/api/search?q=${encodeURIComponent(wordOf(struckText))}&limit=200`)
    ).json().hits as Hit[];
    const exported = (await get('/api/export')).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CableView);
    return {
      inbox: numbersIn(inbox).includes(released.number),
      opened: opened.statusCode === 200 ? (opened.json().cable as CableView) : null,
      thread: numbersIn(thread).includes(released.number),
      listed: listed.find((hit) => hit.number === released.number) ?? null,
      byStruckWord: numbersIn(byStruckWord).includes(released.number),
      exported: exported.find((view) => view.number === released.number) ?? null,
    };
  }

  let entry = '';

  it('shows Gusev nothing of the cable before the release’s date', async () => {
    const made = await app.inject({
      method: 'POST',
      url: '/api/releases',
      headers: await as('poskrebyshev'),
      payload: {
        scope: { cables: [released.number] },
        audience: { people: [reader] },
        from: '1951-01-01',
        redactions: [{ cable: released.number, ...struck, reason: 'a name' }],
      },
    });
    expect(made.statusCode).toBe(201);
    entry = made.json().entry;
    const seen = await gusevSees();
    expect(seen).toEqual({
      inbox: false,
      opened: null,
      thread: false,
      listed: null,
      byStruckWord: false,
      exported: null,
    });
  });

  it('from the date, shows it on every path with the marked gap and never the struck passage', async () => {
    clock = '1951-06-01T00:00:00.000Z';
    const seen = await gusevSees();
    expect(seen.inbox).toBe(true);
    expect(seen.thread).toBe(true);
    expect(seen.opened?.body).toContain('[…] [struck: a name]');
    expect(seen.opened?.body).not.toContain(struckText);
    expect(seen.opened?.readers).toEqual([]);
    expect(seen.exported?.body).toBe(seen.opened?.body);
    expect(seen.listed?.snippet).not.toContain(struckText);
    // The text index still holds the struck passage: a search by its words must not find the cable.
    expect(seen.byStruckWord).toBe(false);
  });

  it('shows nothing of it again from the withdrawal’s date', async () => {
    const withdrawn = await app.inject({
      method: 'POST',
      url: `/api/releases/${encodeURIComponent(entry)}/withdraw`,
      headers: await as('poskrebyshev'),
      payload: { from: '1952-01-01', reason: 'released in error' },
    });
    expect(withdrawn.statusCode).toBe(201);
    expect((await gusevSees()).opened).not.toBeNull();
    clock = '1952-06-01T00:00:00.000Z';
    expect(await gusevSees()).toEqual({
      inbox: false,
      opened: null,
      thread: false,
      listed: null,
      byStruckWord: false,
      exported: null,
    });
  });
});

type Hit = { number: string; snippet: string };

/** The longest word of a passage: one the search can look for. */
function wordOf(passage: string): string {
  return (passage.match(/\p{L}+/gu) ?? ['']).reduce((a, b) => (b.length > a.length ? b : a));
}

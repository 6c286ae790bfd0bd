import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cable } from '../../src/core/index.js';
import { buildTestApp } from '../support/build-test-app.js';
import { issueApiToken, logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

interface Summary {
  id: string;
  number: string;
}
interface Opened {
  cable: Summary & {
    body: string | null;
    withheld: string | null;
    inReplyTo: Summary | null;
    refs: Summary[];
  };
  thread: Summary[];
}
interface Found {
  total: number;
  hits: (Summary & { snippet: string })[];
}

const PEOPLE = [
  'stalin',
  'molotov',
  'vyshinsky',
  'beria',
  'malenkov',
  'mikoyan',
  'pavlov',
  'gusev',
  'gromyko',
  'poskrebyshev',
];

let registry: TestServices;
let app: FastifyInstance;
let all: Cable[];
/** The cable of 6 December 1945: to the Three, not to Molotov, READ-OUT. */
let toTheThree: Cable;
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  all = [];
  for await (const batch of registry.services.store.registry.scan(100)) {
    for (const scanned of batch) all.push(scanned.cable!);
  }
  toTheThree = all.find(
    (cable) => cable.registeredAt.startsWith('1945-12-06') && cable.to.includes('three'),
  )!;
  for (const person of PEOPLE) sessions[person] = await logInInProcess(app, person);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

const get = (session: Session | Record<string, string>, url: string) =>
  app.inject({ method: 'GET', url, headers: 'reads' in session ? (session as Session).reads : session });

/** Every cable in a box, page by page, as the API lists them. */
async function wholeBox(session: Session, box: 'in' | 'sent'): Promise<Summary[]> {
  const cables: Summary[] = [];
  for (let offset = 0; ; offset += 7) {
    const page = (await get(session, `/api/inbox?box=${box}&limit=7&offset=${offset}`)).json<{
      total: number;
      cables: Summary[];
    }>();
    cables.push(...page.cables);
    if (cables.length >= page.total || page.cables.length === 0) {
      expect(cables).toHaveLength(page.total);
      return cables;
    }
  }
}

const byNumber = (number: string) => `/api/cables/${encodeURIComponent(number)}`;
const readableBy = (person: string, keep: (cable: Cable) => boolean = () => true) =>
  all.filter((cable) => cable.readers.includes(person) && keep(cable));

describe('the cable to the Three, not to Molotov', { timeout: SLOW }, () => {
  it('is the READ-OUT reprimand of 6 December, read by the Three and its author only', () => {
    expect(toTheThree).toMatchObject({
      number: 'CEN/SEMBZD 0001',
      exclude: ['molotov'],
      captions: ['READ-OUT'],
    });
    expect(toTheThree.readers).toEqual(['beria', 'malenkov', 'mikoyan', 'stalin']);
  });

  it('is on no page of either of molotov’s boxes, and on a page of beria’s inbox', async () => {
    for (const box of ['in', 'sent'] as const) {
      const ids = (await wholeBox(sessions.molotov!, box)).map((cable) => cable.id);
      expect(ids).not.toContain(toTheThree.id);
    }
    const inbox = await wholeBox(sessions.molotov!, 'in');
    expect(inbox).toHaveLength(readableBy('molotov', (cable) => cable.author !== 'molotov').length);
    expect((await wholeBox(sessions.beria!, 'in')).map((cable) => cable.id)).toContain(toTheThree.id);
  });

  it('answers molotov by id and by registry number exactly as a cable that does not exist', async () => {
    const missing = await get(sessions.molotov!, '/api/cables/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not-found', message: expect.any(String) });
    for (const url of [
      `/api/cables/${toTheThree.id}`,
      byNumber(toTheThree.number),
      '/api/cables/cen%2Fsembzd-1',
      byNumber('CEN 0999'),
    ]) {
      const response = await get(sessions.molotov!, url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toBe(missing.body);
    }
  });

  it('opens for beria by id and by registry number', async () => {
    for (const url of [
      `/api/cables/${toTheThree.id}`,
      byNumber(toTheThree.number),
      '/api/cables/cen%2Fsembzd-1',
    ]) {
      const response = await get(sessions.beria!, url);
      expect(response.statusCode, url).toBe(200);
      expect(response.json<Opened>().cable.id).toBe(toTheThree.id);
    }
  });

  it('is not among molotov’s search results nor counted in their totals', async () => {
    const word = 'popularity';
    expect(toTheThree.body).toContain(word);
    const forMolotov = (await get(sessions.molotov!, `/api/search?q=${word}`)).json<Found>();
    const forBeria = (await get(sessions.beria!, `/api/search?q=${word}`)).json<Found>();
    expect(forBeria.hits.map((hit) => hit.id)).toEqual([toTheThree.id]);
    expect(forBeria.total).toBe(1);
    expect(forMolotov).toEqual({ total: 0, hits: [] });

    const censorship = (session: Session) =>
      get(session, '/api/search?issue=censorship&limit=200').then((response) => response.json<Found>());
    const molotovs = await censorship(sessions.molotov!);
    const berias = await censorship(sessions.beria!);
    const onCensorship = (cable: Cable) => cable.issues.includes('censorship');
    expect(molotovs.total).toBe(readableBy('molotov', onCensorship).length);
    expect(berias.total).toBe(readableBy('beria', onCensorship).length);
    expect(molotovs.hits.map((hit) => hit.id)).not.toContain(toTheThree.id);
    expect(berias.hits.map((hit) => hit.id)).toContain(toTheThree.id);

    const everything = (await get(sessions.molotov!, '/api/search?limit=200')).json<Found>();
    expect(everything.total).toBe(readableBy('molotov').length);
  });

  it('shows nowhere in any cable molotov can open: not in its thread, links or text', async () => {
    const readable = readableBy('molotov');
    expect(readable.length).toBeGreaterThan(40);
    for (const cable of readable) {
      const response = await get(sessions.molotov!, `/api/cables/${cable.id}`);
      expect(response.statusCode).toBe(200);
      const opened = response.json<Opened>();
      expect(opened.thread.map((entry) => entry.id)).not.toContain(toTheThree.id);
      for (const leak of [toTheThree.id, toTheThree.number, 'popularity']) {
        expect(response.body, `${cable.number} mentions ${leak}`).not.toContain(leak);
      }
    }
  });

  it('is in the thread of the Four’s explanation for beria, and not for molotov', async () => {
    const explanation = all.find((cable) => cable.id === toTheThree.inReplyTo)!;
    const threadFor = async (person: string) =>
      (await get(sessions[person]!, `/api/cables/${explanation.id}`)).json<Opened>().thread.map((c) => c.id);
    expect(await threadFor('beria')).toContain(toTheThree.id);
    expect(await threadFor('molotov')).not.toContain(toTheThree.id);
    const opened = (await get(sessions.beria!, `/api/cables/${toTheThree.id}`)).json<Opened>();
    expect(opened.cable.inReplyTo).toEqual({ id: explanation.id, number: explanation.number });
  });
});

describe('the EYES ONLY TASS digests', { timeout: SLOW }, () => {
  it('open for stalin, molotov and their author only', async () => {
    const digests = all.filter((cable) => cable.captions.includes('EYES ONLY'));
    expect(digests.map((cable) => cable.subject)).toEqual([
      expect.stringContaining('TASS digest'),
      expect.stringContaining('TASS digest'),
    ]);
    for (const person of PEOPLE) {
      const mayRead = ['stalin', 'molotov', 'poskrebyshev'].includes(person);
      for (const digest of digests) {
        const response = await get(sessions[person]!, `/api/cables/${digest.id}`);
        expect(response.statusCode, `${person} opens ${digest.number}`).toBe(mayRead ? 200 : 404);
      }
      const found = (await get(sessions[person]!, '/api/search?q=TASS+digest&limit=200')).json<Found>();
      const ids = found.hits.map((hit) => hit.id);
      for (const digest of digests)
        expect(ids.includes(digest.id), `${person} finds ${digest.number}`).toBe(mayRead);
      const inbox = [
        ...(await wholeBox(sessions[person]!, 'in')),
        ...(await wholeBox(sessions[person]!, 'sent')),
      ];
      for (const digest of digests) {
        expect(
          inbox.some((cable) => cable.id === digest.id),
          `${person} lists ${digest.number}`,
        ).toBe(mayRead);
      }
    }
  });
});

describe('a READ-OUT cable', { timeout: SLOW }, () => {
  it('is opened with its body withheld through an API token, and whole in a web session', async () => {
    const token = await issueApiToken(app, 'beria');
    const throughToken = await get(token, `/api/cables/${toTheThree.id}`);
    expect(throughToken.statusCode).toBe(200);
    expect(throughToken.json<Opened>().cable).toMatchObject({ body: null, withheld: 'READ-OUT' });
    expect(throughToken.body).not.toContain('popularity');

    const inSession = await get(sessions.beria!, `/api/cables/${toTheThree.id}`);
    expect(inSession.json<Opened>().cable).toMatchObject({ body: toTheThree.body, withheld: null });
  });

  it('is withheld through an API token from its own author too', async () => {
    const token = await issueApiToken(app, 'stalin');
    expect((await get(token, byNumber(toTheThree.number))).json<Opened>().cable).toMatchObject({
      body: null,
      withheld: 'READ-OUT',
    });
  });

  it('shows none of its body in a search snippet through an API token', async () => {
    const token = await issueApiToken(app, 'beria');
    for (const query of ['q=popularity', 'issue=censorship&limit=200']) {
      const found = await get(token, `/api/search?${query}`);
      const hit = found.json<Found>().hits.find((entry) => entry.id === toTheThree.id);
      expect(hit, query).toBeDefined();
      expect(found.body, query).not.toContain('popularity');
    }
  });
});

describe('an API token', { timeout: SLOW }, () => {
  it('is refused for a wrong password, and stops working once revoked', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { login: 'beria', password: 'wrong' },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'bad-credentials' });

    const issued = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { login: 'beria', password: 'demo', name: 'laptop' },
    });
    const { id, token } = issued.json<{ id: string; token: string }>();
    const headers = { authorization: `Bearer ${token}` };
    expect((await get(headers, '/api/me')).statusCode).toBe(200);
    const revoked = await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers });
    expect(revoked.statusCode).toBe(204);
    const after = await get(headers, '/api/inbox');
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

describe('registering through the API', { timeout: SLOW }, () => {
  it('answers a reply with the registry numbers of the cables it names, and a new cable with none', async () => {
    const explanation = all.find((cable) => cable.id === toTheThree.inReplyTo)!;
    const send = (draft: Record<string, unknown>) =>
      app.inject({
        method: 'POST',
        url: '/api/cables',
        headers: sessions.beria!.writes,
        payload: { precedence: 'ROUTINE', classification: 'SECRET', kind: 'report', ...draft },
      });
    const reply = await send({
      to: ['stalin'],
      subject: 'On the explanation',
      body: 'Read and noted.',
      inReplyTo: explanation.number,
      refs: [toTheThree.id],
    });
    expect(reply.statusCode).toBe(201);
    const { cable } = reply.json<Opened>();
    expect(cable.inReplyTo).toEqual({ id: explanation.id, number: explanation.number });
    expect(cable.refs).toEqual([{ id: toTheThree.id, number: toTheThree.number }]);
    const alone = (
      await send({ to: ['stalin'], subject: 'Alone', body: 'Nothing before it.' })
    ).json<Opened>();
    expect(alone.cable.inReplyTo).toBeNull();
    expect(alone.cable.refs).toEqual([]);
  });
});

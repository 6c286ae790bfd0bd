import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import type { Services } from '../../src/services/services.js';
import { fireEscalations } from '../../src/services/workflow/fire-escalations.js';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

/** Issue 14 over HTTP: a vetted draft, a joint reply, acknowledgements and an escalation. */

const TEXT = 'We agree to the procedure. The French may speak on the Balkans. The rest stands.';
const SENTENCE = ' The French may speak on the Balkans.';

let registry: TestServices;
let app: FastifyInstance;
let now = '2027-10-01T09:00:00.000Z';
const sessions: Record<string, Session> = {};
const people = ['molotov', 'stalin', 'beria', 'vyshinsky', 'gromyko'];

const get = (who: string, url: string) => app.inject({ method: 'GET', url, headers: sessions[who]!.reads });
const post = (who: string, url: string, payload: unknown = {}) =>
  app.inject({ method: 'POST', url, headers: sessions[who]!.writes, payload: payload as object });

beforeAll(async () => {
  registry = await openTestServices('london-organisation');
  const services: Services = { ...registry.services, now: () => now };
  app = await buildTestApp(services);
  for (const who of people) sessions[who] = await logInInProcess(app, who);
}, SLOW);
afterAll(async () => {
  await app?.close();
  await registry?.cleanup();
});

describe('vetting over HTTP', { timeout: SLOW }, () => {
  it('a draft struck by one reviewer and passed by the other registers its final text, which verifies', async () => {
    const sent = await post('molotov', '/api/vetting', {
      reviewers: ['stalin', 'beria'],
      classification: 'SECRET',
      subject: 'Draft reply on procedure',
      body: TEXT,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const draft = sent.json().cable.id as string;
    const from = TEXT.indexOf(SENTENCE);
    const edit = {
      from,
      to: from + SENTENCE.length,
      original: SENTENCE,
      reason: 'Not a word about the Balkans.',
    };

    const wrong = await post('stalin', `/api/vetting/${draft}/reviews`, {
      verdict: 'edits',
      edits: [{ ...edit, from: from + 2 }],
    });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalid-input', field: 'payload.edits[0].original' });
    const struck = await post('stalin', `/api/vetting/${draft}/reviews`, { verdict: 'edits', edits: [edit] });
    expect(struck.statusCode, struck.body).toBe(201);
    expect(
      (await post('beria', `/api/vetting/${draft}/reviews`, { verdict: 'no-objections' })).statusCode,
    ).toBe(201);

    const early = await post('molotov', `/api/vetting/${draft}/final`, { to: ['four'] });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ error: 'invalid-input', field: 'payload.draft' });

    const view = await get('molotov', `/api/vetting/${draft}`);
    expect(view.json()).toMatchObject({ holds: false, canFinish: true });
    expect(view.json().reviews[0].changes).toContainEqual({
      change: 'deleted',
      text: expect.stringContaining('French'),
    });

    const answered = await post('molotov', `/api/vetting/${draft}/answers`, {
      answers: [{ review: struck.json().cable.number, edit: 0, decision: 'accepted' }],
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const final = await post('molotov', `/api/vetting/${draft}/final`, { to: ['four'] });
    expect(final.statusCode, final.body).toBe(201);
    const opened = await get('molotov', `/api/cables/${final.json().cable.id}`);
    expect(opened.json().cable.body).toBe('We agree to the procedure. The rest stands.');
    expect((await verifyRegistry(registry.services, () => {}, { workers: 0 })).fault).toBeNull();
  });

  it('a sign-off by someone not among the reviewers is refused naming the field', async () => {
    const sent = await post('molotov', '/api/vetting', {
      reviewers: ['stalin'],
      info: ['vyshinsky'],
      classification: 'SECRET',
      subject: 'Draft note',
      body: TEXT,
    });
    const refused = await post('vyshinsky', `/api/vetting/${sent.json().cable.id}/reviews`, {
      verdict: 'no-objections',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'invalid-input', field: 'payload.draft' });
  });
});

describe('acknowledgements over HTTP', { timeout: SLOW }, () => {
  it('acknowledging a cable one may not read is answered exactly as a missing cable', async () => {
    const sent = await post('molotov', '/api/cables', aCable({ to: ['stalin'], precedence: 'FLASH' }));
    const number = sent.json().cable.id as string;
    const hidden = await post('gromyko', `/api/cables/${number}/acknowledgement`);
    const missing = await post('gromyko', '/api/cables/no-such-cable/acknowledgement');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
  });

  it('the author sees per addressee when a FLASH was opened and acknowledged, and who escalated', async () => {
    now = '2027-10-02T09:00:00.000Z';
    // Sessions last hours, not days: everyone signs in again at the new instant.
    for (const who of people) sessions[who] = await logInInProcess(app, who);
    const sent = await post(
      'molotov',
      '/api/cables',
      aCable({ to: ['stalin', 'beria'], precedence: 'FLASH' }),
    );
    const number = sent.json().cable.id as string;
    now = '2027-10-02T09:03:00.000Z';
    expect((await post('stalin', `/api/cables/${number}/acknowledgement`)).statusCode).toBe(200);
    now = '2027-10-02T09:11:00.000Z';
    const clocked = { ...registry.services, now: () => now };
    // This FLASH's unacknowledged beria, and the earlier test's FLASH to stalin: each once.
    expect(await fireEscalations(clocked)).toBe(2);
    expect(await fireEscalations(clocked)).toBe(0);
    expect((await get('stalin', `/api/cables/${number}/acknowledgement`)).json()).toMatchObject({
      mustAcknowledge: true,
      acknowledgedAt: '2027-10-02T09:03:00.000Z',
      acknowledgeBy: '2027-10-02T09:10:00.000Z',
    });
    expect((await get('beria', `/api/cables/${number}/acknowledgement`)).json()).toMatchObject({
      mustAcknowledge: true,
      acknowledgedAt: null,
    });
    expect((await get('molotov', `/api/cables/${number}/acknowledgement`)).json()).toMatchObject({
      mustAcknowledge: false,
    });
    const hidden = await get('gromyko', `/api/cables/${number}/acknowledgement`);
    expect(hidden.statusCode).toBe(404);
    const table = await get('molotov', `/api/cables/${number}/acknowledgements`);
    expect(table.statusCode, table.body).toBe(200);
    expect(table.json().addressees).toEqual([
      expect.objectContaining({ person: 'beria', openedAt: null, acknowledgedAt: null, escalatedAt: now }),
      expect.objectContaining({
        person: 'stalin',
        openedAt: '2027-10-02T09:03:00.000Z',
        acknowledgedAt: '2027-10-02T09:03:00.000Z',
      }),
    ]);
    const escalations = await get('molotov', '/api/escalations');
    expect(escalations.json().escalations).toContainEqual(expect.objectContaining({ addressee: 'beria' }));
  });
});

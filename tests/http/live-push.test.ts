import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../support/a-cable.js';
import { buildTestApp } from '../support/build-test-app.js';
import { EventStream, type ServerSentEvent } from '../support/event-stream.js';
import { logIn, type Session } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';

let registry: TestServices;
let app: FastifyInstance;
let baseUrl: string;
const streams: EventStream[] = [];

beforeAll(async () => {
  registry = await openTestServices('london-1945');
  app = await buildTestApp(registry.services);
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, SLOW);
afterAll(async () => {
  for (const stream of streams) await stream.close();
  await app?.close();
  await registry?.cleanup();
});

async function send(session: Session, draft: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/cables`, {
    method: 'POST',
    headers: { ...session.writes, 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { cable: { id: string; number: string } }).cable;
}

async function listen(session: Session) {
  const stream = await EventStream.open(baseUrl, session);
  streams.push(stream);
  return stream;
}

describe('live push of new cables', { timeout: SLOW }, () => {
  it('reaches the Three and not molotov with the cable that excludes him, and molotov with his own', async () => {
    const [stalin, molotov, beria] = await Promise.all(
      ['stalin', 'molotov', 'beria'].map((p) => logIn(baseUrl, p)),
    );
    const molotovHears = await listen(molotov!);
    const beriaHears = await listen(beria!);

    const toTheThree = await send(
      stalin!,
      aCable({
        to: ['three'],
        exclude: ['molotov'],
        precedence: 'FLASH',
        classification: 'SPECIAL IMPORTANCE',
        captions: ['READ-OUT'],
        kind: 'reprimand',
        subject: 'Your answer will not do; read this cable to Molotov',
        body: 'Call Molotov in and read this cable to him, but do not hand him a copy.',
        issues: ['censorship'],
      }),
    );
    const toMolotov = await send(
      stalin!,
      aCable({ to: ['molotov'], classification: 'TOP SECRET', subject: 'A word for Molotov himself' }),
    );
    // Each stream delivers in order, so a last cable to each listener shows that nothing else is on its way.
    const lastToBeria = await send(stalin!, aCable({ to: ['beria'], subject: 'Last for Beria' }));
    const lastToMolotov = await send(stalin!, aCable({ to: ['molotov'], subject: 'Last for Molotov' }));

    // Only `cable` events: the same stream also carries alerts about moves, which these cables do not raise.
    const idsOf = (events: ServerSentEvent[]) =>
      events.filter((event) => event.event === 'cable').map((event) => JSON.parse(event.data).id);
    const beriaGot = await beriaHears.until((data) => data.includes(lastToBeria.id));
    const molotovGot = await molotovHears.until((data) => data.includes(lastToMolotov.id));
    expect(idsOf(beriaGot)).toEqual([toTheThree.id, lastToBeria.id]);
    expect(idsOf(molotovGot)).toEqual([toMolotov.id, lastToMolotov.id]);
  });

  it('sends each cable as a `cable` event numbered in its own stream, with a summary without the body', async () => {
    const [stalin, beria] = await Promise.all(['stalin', 'beria'].map((p) => logIn(baseUrl, p)));
    const beriaHears = await listen(beria!);
    const cable = await send(stalin!, aCable({ to: ['beria'], body: 'A body that stays off the wire.' }));
    const event = await beriaHears.next();
    expect(event.event).toBe('cable');
    const summary = JSON.parse(event.data);
    expect(summary).toMatchObject({ id: cable.id, number: cable.number, read: false });
    expect(event.id).toBe('1');
    expect(summary.seq).toBeUndefined();
    expect(event.data).not.toContain('stays off the wire');
  });

  it('ends the open streams when the server closes, so a server with listeners can stop', async () => {
    const listenersBefore = registry.services.bus.connectedPeople;
    const other = await buildTestApp(registry.services);
    await other.listen({ host: '127.0.0.1', port: 0 });
    const otherUrl = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}`;
    const stream = await EventStream.open(otherUrl, await logIn(otherUrl, 'malenkov'));
    expect(registry.services.bus.connectedPeople).toBe(listenersBefore + 1);
    await other.close();
    await stream.ended;
    expect(registry.services.bus.connectedPeople).toBe(listenersBefore);
  });

  it('refuses a listener without a session', async () => {
    const response = await fetch(`${baseUrl}/api/events`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

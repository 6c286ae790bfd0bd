import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { DigestPayloadSchema, DomainError } from '../../core/index.js';
import { readCable } from '../cables/read-cable.js';
import { registerCable } from '../cables/register-cable.js';
import type { Services } from '../services.js';
import { acknowledgeCable } from '../workflow/acknowledge-cable.js';
import { registerDigest } from './register-digest.js';

/** After the London example's last cable, so a day's window holds only what a test registers. */
const NOW = '1946-03-01T09:00:00.000Z';

describe('a reader’s digest', { timeout: SLOW }, () => {
  let registry: TestServices;
  let services: Services;
  let now = NOW;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
    now = NOW;
    services = { ...registry.services, now: () => now };
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const send = (author: string, to: string[], subject: string, extra: Record<string, unknown> = {}) =>
    registerCable(services, author, {
      to,
      precedence: 'FLASH',
      classification: 'SECRET',
      kind: 'note',
      subject,
      body: `${subject}: the text itself.`,
      ...extra,
    });

  it('counts what came in by precedence and names nothing its reader may not read', async () => {
    await send('stalin', ['molotov'], 'Hold firm on the Balkans');
    await send('stalin', ['beria'], 'A matter for the security organs only');
    now = '1946-03-01T10:00:00.000Z';
    const { cable, digest } = await registerDigest(services, 'molotov');
    expect(digest.incoming.byPrecedence.FLASH).toBe(1);
    expect(digest.incoming.urgent.map((line) => line.subject)).toEqual(['Hold firm on the Balkans']);
    expect(JSON.stringify(cable)).not.toContain('security organs');
    expect(cable.readers).toEqual(['molotov', 'registry']);
    expect(cable.kind).toBe('digest');
    expect(DigestPayloadSchema.parse(cable.payload).reader).toBe('molotov');
  });

  it('counts a cable unacknowledged until its action addressee acknowledges it, opened or not; a copy for information never', async () => {
    const flash = await send('stalin', ['molotov'], 'Answer Byrnes tonight', {
      info: ['vyshinsky'],
    });
    now = '1946-03-01T09:05:00.000Z';
    await readCable(services, 'molotov', flash.number);
    const waiting = async (reader: string) =>
      (await registerDigest(services, reader)).digest.unacknowledged.cables.map((c) => c.number);
    expect(await waiting('molotov')).toContain(flash.number);
    expect(await waiting('vyshinsky')).not.toContain(flash.number);
    now = '1946-03-01T09:06:00.000Z';
    await acknowledgeCable(services, 'molotov', flash.number);
    expect(await waiting('molotov')).not.toContain(flash.number);
    // A cable to its author alone, copied to others, asks no one to act.
    const copied = await send('molotov', ['molotov'], 'A note to file', { info: ['vyshinsky'] });
    expect(await waiting('vyshinsky')).not.toContain(copied.number);
  });

  it('is readable by its reader alone, exactly as a missing cable to anyone else', async () => {
    const { cable } = await registerDigest(services, 'molotov');
    expect((await readCable(services, 'molotov', cable.number)).delivered.cable.id).toBe(cable.id);
    await expect(readCable(services, 'stalin', cable.number)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('groups press items by topic, only for the readers they were distributed to', async () => {
    const item = (topic: string, to: string[], summary: string) =>
      registerCable(services, 'pavlov', {
        to,
        precedence: 'ROUTINE',
        classification: 'UNCLASSIFIED',
        kind: 'note',
        subject: `Press: ${topic}`,
        body: summary,
        payload: { type: 'press-item', source: 'The Times', date: '1946-02-28', language: 'en', topic },
      });
    await item('Balkans', ['molotov'], 'A leader writer doubts the Romanian elections.');
    await item('Japan', ['molotov', 'stalin'], 'Washington is said to want MacArthur alone in Tokyo.');
    await item('Balkans', ['stalin'], 'A second leader, for the Generalissimo only.');
    now = '1946-03-01T10:00:00.000Z';
    const { digest } = await registerDigest(services, 'molotov');
    expect(digest.press.map(({ topic, items }) => [topic, items.map((i) => i.summary)])).toEqual([
      ['Balkans', ['A leader writer doubts the Romanian elections.']],
      ['Japan', ['Washington is said to want MacArthur alone in Tokyo.']],
    ]);
  });

  it('lists unanswered queries as open authority requests until the reader replies', async () => {
    const query = await registerCable(services, 'molotov', {
      to: ['stalin'],
      precedence: 'IMMEDIATE',
      classification: 'SECRET',
      kind: 'query',
      subject: 'May I accept the French at the table on Japan?',
      body: 'Request authority.',
    });
    expect((await registerDigest(services, 'stalin')).digest.authorityRequests.map((q) => q.id)).toEqual([
      query.id,
    ]);
    await registerCable(services, 'stalin', {
      to: ['molotov'],
      precedence: 'IMMEDIATE',
      classification: 'SECRET',
      kind: 'reply',
      subject: 'No',
      body: 'No.',
      inReplyTo: query.id,
    });
    expect((await registerDigest(services, 'stalin')).digest.authorityRequests).toEqual([]);
  });

  it('is refused when a person writes one, naming the field, and a press item to a group likewise', async () => {
    const digest = (await registerDigest(services, 'molotov')).digest;
    await expect(
      registerCable(services, 'stalin', {
        to: ['molotov'],
        precedence: 'ROUTINE',
        classification: 'SECRET',
        kind: 'digest',
        subject: 'A digest of my own',
        body: 'Nothing came in.',
        payload: digest,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', field: 'payload.type' });
    const refused = registerCable(services, 'pavlov', {
      to: ['four'],
      precedence: 'ROUTINE',
      classification: 'UNCLASSIFIED',
      kind: 'note',
      subject: 'Press',
      body: 'A summary.',
      payload: { type: 'press-item', source: 'Pravda', date: '1946-02-28', language: 'ru', topic: 'Japan' },
    });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ field: 'to[0]' });
  });
});

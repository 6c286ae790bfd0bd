import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, DomainError } from '../../core/index.js';
import type { Services } from '../services.js';
import { listInbox } from './list-inbox.js';
import { readCable } from './read-cable.js';
import { registerCable } from './register-cable.js';

/** The services with a clock stopped at `at`, so receipts can be told apart. */
const at = (services: Services, time: string): Services => ({ ...services, now: () => time });

describe('opening a cable', { timeout: SLOW }, () => {
  let registry: TestServices;
  let directive: Cable;
  let eyesOnly: Cable;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    directive = await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['molotov'], kind: 'directive' }),
    );
    eyesOnly = await registerCable(
      registry.services,
      'poskrebyshev',
      aCable({ to: ['stalin', 'molotov'], captions: ['EYES ONLY'], kind: 'digest' }),
    );
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('leaves a read receipt at the first opening, which later openings keep', async () => {
    const { services } = registry;
    const unreadBefore = (await listInbox(services, 'molotov', {})).unread;
    const first = await readCable(at(services, '1945-12-01T10:00:00.000Z'), 'molotov', directive.number);
    expect(first.delivered.cable).toEqual(directive);
    expect(first.delivered.readAt).toBe('1945-12-01T10:00:00.000Z');
    const again = await readCable(at(services, '1945-12-02T10:00:00.000Z'), 'molotov', directive.id);
    expect(again.delivered.readAt).toBe('1945-12-01T10:00:00.000Z');
    const inbox = await listInbox(services, 'molotov', {});
    expect(inbox.unread).toBe(unreadBefore - 1);
    expect(inbox.cables.find(({ cable }) => cable.id === directive.id)?.readAt).toBe(
      '1945-12-01T10:00:00.000Z',
    );
  });

  it('records each opening in the audit log', async () => {
    await readCable(registry.services, 'stalin', eyesOnly.id);
    const entries = await registry.services.store.audit.list({
      actor: 'stalin',
      action: 'cable.read',
      limit: 10,
    });
    expect(entries.map((entry) => entry.subject)).toContain(eyesOnly.number);
  });

  it('is refused to someone who may not read it exactly as a cable that does not exist', async () => {
    const refusalOf = (reference: string) =>
      readCable(registry.services, 'beria', reference).then(
        () => null,
        (error: DomainError) => ({ type: error.constructor, code: error.code, message: error.message }),
      );
    const hiddenById = await refusalOf(eyesOnly.id);
    expect(hiddenById).toEqual({ type: DomainError, code: 'not-found', message: expect.any(String) });
    expect(await refusalOf(eyesOnly.number)).toEqual(hiddenById);
    expect(await refusalOf('00000000-0000-4000-8000-000000000000')).toEqual(hiddenById);
    expect(await refusalOf('CEN 0999')).toEqual(hiddenById);
  });

  it('leaves no receipt when refused, and audits the attempt', async () => {
    await readCable(registry.services, 'beria', eyesOnly.number).catch(() => {});
    const delivered = await registry.services.store.registry.readable('beria', eyesOnly.id);
    expect(delivered).toBeNull();
    const refused = await registry.services.store.audit.list({
      actor: 'beria',
      action: 'cable.read-refused',
      limit: 10,
    });
    expect(refused.map((entry) => entry.subject)).toContain(eyesOnly.number);
  });
});

describe('the thread of a cable', { timeout: SLOW }, () => {
  let registry: TestServices;
  const c: Record<string, Cable> = {};
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    const { services } = registry;
    c.directive = await registerCable(services, 'stalin', aCable({ to: ['molotov'], kind: 'directive' }));
    c.unrelated = await registerCable(services, 'stalin', aCable({ to: ['molotov'] }));
    c.reply = await registerCable(
      services,
      'molotov',
      aCable({ to: ['stalin'], kind: 'reply', inReplyTo: c.directive.id }),
    );
    c.followUp = await registerCable(services, 'stalin', aCable({ to: ['molotov'], refs: [c.reply.number] }));
    // A cable molotov may not read sits in the middle of the thread...
    c.toTheThree = await registerCable(
      services,
      'stalin',
      aCable({ to: ['three'], exclude: ['molotov'], kind: 'reprimand', inReplyTo: c.reply.id }),
    );
    // ...and a cable he may read hangs off it.
    c.afterwards = await registerCable(
      services,
      'stalin',
      aCable({ to: ['molotov'], refs: [c.toTheThree.id] }),
    );
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const threadOf = async (reader: string, cable: Cable) =>
    (await readCable(registry.services, reader, cable.id)).thread.map(({ cable }) => cable.number);

  it('runs both ways, to the cables answered and to the answers, in chain order', async () => {
    const expected = [c.directive, c.reply, c.followUp].map((cable) => cable!.number);
    expect(await threadOf('molotov', c.directive!)).toEqual(expected);
    expect(await threadOf('molotov', c.followUp!)).toEqual(expected);
  });

  it('never runs through a cable the reader may not read, so a hidden link cannot be inferred', async () => {
    expect(await threadOf('molotov', c.reply!)).not.toContain(c.toTheThree!.number);
    expect(await threadOf('molotov', c.reply!)).not.toContain(c.afterwards!.number);
    expect(await threadOf('molotov', c.afterwards!)).toEqual([c.afterwards!.number]);
    expect(await threadOf('beria', c.toTheThree!)).toEqual([c.toTheThree!.number]);
    expect(await threadOf('stalin', c.toTheThree!)).toEqual(
      [c.directive, c.reply, c.followUp, c.toTheThree, c.afterwards].map((cable) => cable!.number),
    );
  });

  it('of a cable with no references is the cable alone', async () => {
    expect(await threadOf('molotov', c.unrelated!)).toEqual([c.unrelated!.number]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, DomainError, type Precedence } from '../../core/index.js';
import { listInbox } from './list-inbox.js';
import { readCable } from './read-cable.js';
import { registerCable } from './register-cable.js';

describe("a person's inbox", { timeout: SLOW }, () => {
  let registry: TestServices;
  const sent: Record<string, Cable> = {};
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    const send = (name: string, precedence: Precedence) =>
      registerCable(registry.services, 'stalin', aCable({ precedence, subject: name })).then((cable) => {
        sent[name] = cable;
      });
    await send('routine-1', 'ROUTINE');
    await send('flash-1', 'FLASH');
    await send('priority-1', 'PRIORITY');
    await send('routine-2', 'ROUTINE');
    await send('flash-2', 'FLASH');
    await send('routine-3', 'ROUTINE');
    await send('immediate-1', 'IMMEDIATE');
    await registerCable(registry.services, 'molotov', aCable({ to: ['stalin'], subject: 'from molotov' }));
    await registerCable(registry.services, 'stalin', aCable({ to: ['beria'], subject: 'not for molotov' }));
    await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['beria', 'molotov'], kind: 'query', issues: ['japan'], subject: 'japan query' }),
    );
    await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['beria'], kind: 'query', issues: ['japan'], subject: 'japan, not for molotov' }),
    );
    await readCable(registry.services, 'molotov', sent['flash-2']!.id);
    await readCable(registry.services, 'molotov', sent['routine-2']!.id);
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const subjectsOf = (cables: { cable: Cable }[]) => cables.map(({ cable }) => cable.subject);

  it('lists unread cables first, then by precedence, then newest first', async () => {
    const inbox = await listInbox(registry.services, 'molotov', {});
    expect(subjectsOf(inbox.cables)).toEqual([
      'flash-1',
      'immediate-1',
      'priority-1',
      'japan query',
      'routine-3',
      'routine-1',
      'flash-2',
      'routine-2',
    ]);
    expect(inbox).toMatchObject({ total: 8, unread: 6 });
  });

  it('pages through the same order, with the same totals on every page', async () => {
    const pages = [];
    for (let offset = 0; offset < 8; offset += 3)
      pages.push(await listInbox(registry.services, 'molotov', { limit: 3, offset }));
    expect(pages.map((page) => page.cables.length)).toEqual([3, 3, 2]);
    expect(pages.every((page) => page.total === 8 && page.unread === 6)).toBe(true);
    const whole = await listInbox(registry.services, 'molotov', {});
    expect(pages.flatMap((page) => subjectsOf(page.cables))).toEqual(subjectsOf(whole.cables));
  });

  it('holds what the person wrote in the sent box, already read', async () => {
    const box = await listInbox(registry.services, 'molotov', { box: 'sent' });
    expect(subjectsOf(box.cables)).toEqual(['from molotov']);
    expect(box).toMatchObject({ total: 1, unread: 0 });
    expect(box.cables[0]!.readAt).not.toBeNull();
  });

  it('narrows by precedence, kind, issue and unread, counting only what the filters let through', async () => {
    const flash = await listInbox(registry.services, 'molotov', { precedence: 'FLASH' });
    expect(subjectsOf(flash.cables)).toEqual(['flash-1', 'flash-2']);
    expect(flash).toMatchObject({ total: 2, unread: 1 });
    const unreadRoutine = await listInbox(registry.services, 'molotov', {
      precedence: 'ROUTINE',
      unread: 'true',
    });
    expect(subjectsOf(unreadRoutine.cables)).toEqual(['japan query', 'routine-3', 'routine-1']);
    expect(unreadRoutine).toMatchObject({ total: 3, unread: 3 });
    const onJapan = await listInbox(registry.services, 'molotov', { issue: 'japan', kind: 'query' });
    // The cable on Japan that Molotov may not read is not counted either.
    expect(subjectsOf(onJapan.cables)).toEqual(['japan query']);
    expect(onJapan).toMatchObject({ total: 1, unread: 1 });
    const none = await listInbox(registry.services, 'molotov', { conference: 'potsdam-1945' });
    expect(none).toMatchObject({ total: 0, unread: 0, cables: [] });
  });

  it('refuses a bad query naming the parameter', async () => {
    for (const [query, field] of [
      [{ limit: 0 }, 'limit'],
      [{ box: 'trash' }, 'box'],
      [{ offset: -1 }, 'offset'],
      [{ sort: 'oldest' }, 'sort'],
      [{ precedence: 'URGENT' }, 'precedence'],
      [{ kind: 'memo' }, 'kind'],
      [{ unread: 'yes' }, 'unread'],
      [{ issue: '../etc/passwd' }, 'issue'],
      [{ conference: '<script>' }, 'conference'],
    ] as const) {
      await expect(listInbox(registry.services, 'molotov', query)).rejects.toThrow(DomainError);
      await expect(listInbox(registry.services, 'molotov', query)).rejects.toMatchObject({
        code: 'invalid-input',
        field,
      });
    }
  });
});

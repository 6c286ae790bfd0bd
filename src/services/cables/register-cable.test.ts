import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCable } from '../../../tests/support/a-cable.js';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { registryStateOf } from '../../../tests/support/registry-state.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, DomainError } from '../../core/index.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import { registerCable } from './register-cable.js';

describe('registering a cable', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
  }, SLOW);
  afterAll(() => registry?.cleanup());

  it('numbers cables without gaps in each series and chains every cable to the one before', async () => {
    const { services } = registry;
    const sent: Cable[] = [];
    for (const [author, draft] of [
      ['stalin', aCable({ to: ['molotov'] })],
      ['molotov', aCable({ to: ['stalin'] })],
      ['stalin', aCable({ to: ['molotov'], precedence: 'FLASH' })],
      ['stalin', aCable({ to: ['beria'] })],
      ['molotov', aCable({ to: ['stalin'], info: ['vyshinsky'] })],
      ['stalin', aCable({ to: ['molotov'] })],
      ['stalin', aCable({ to: ['three'], exclude: ['molotov'] })],
      ['molotov', aCable({ to: ['gromyko'] })],
      ['stalin', aCable({ to: ['vyshinsky', 'beria', 'malenkov', 'mikoyan', 'poskrebyshev'] })],
    ] as const) {
      sent.push(await registerCable(services, author, draft));
    }

    // Each series holds one audience (its mark made from the readers: MR4CCX is Molotov and Stalin),
    // so the numbers of a series never count a cable some reader of it may not read (issue 12).
    expect(sent.map((cable) => cable.number)).toEqual([
      'TOLON/MR4CCX 0001',
      'LONTO/MR4CCX 0001',
      'TOLON/MR4CCX 0002',
      'CEN/B2YJC2 0001',
      'LONTO/1RSVS4 0001',
      'TOLON/MR4CCX 0003',
      'CEN/SEMBZD 0001',
      'LON/HBYSMC 0001',
      'CEN 0001',
    ]);
    expect(sent.map((cable) => cable.seq)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(sent[0]!.prevHash).toBe((await services.store.registry.atSeq(2))!.hash);
    for (const [i, cable] of sent.entries()) {
      if (i > 0) expect(cable.prevHash).toBe(sent[i - 1]!.hash);
    }
    expect(await registryStateOf(services)).toEqual({
      count: 11,
      head: { seq: 11, hash: sent[8]!.hash },
    });
    expect(await verifyRegistry(services)).toEqual({ checked: 11, total: 11, fault: null });
  });

  it('fixes the readers at registration: the Three, less molotov, plus the author', async () => {
    const cable = await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['three'], exclude: ['molotov'], captions: ['READ-OUT'] }),
    );
    expect(cable.readers).toEqual(['beria', 'malenkov', 'mikoyan', 'stalin']);
    const stored = await registry.services.store.registry.readable('beria', cable.number);
    expect(stored?.cable).toEqual(cable);
    expect(await registry.services.store.registry.readable('molotov', cable.id)).toBeNull();
  });

  it('numbers a cable in the series the author names, when their post registers in it', async () => {
    const before = await registryStateOf(registry.services);
    const cable = await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['molotov'], series: 'CEN' }),
    );
    expect(cable.series).toBe('CEN/MR4CCX');
    expect(cable.seq).toBe(before.count + 1);
  });

  it('publishes a registered cable to its readers only', async () => {
    const { services } = registry;
    const received: Record<string, string[]> = { beria: [], molotov: [], stalin: [] };
    const unsubscribe = Object.keys(received).map((person) =>
      services.bus.subscribe(person, (cable) => received[person]!.push(cable.id)),
    );
    const cable = await registerCable(services, 'stalin', aCable({ to: ['three'], exclude: ['molotov'] }));
    for (const stop of unsubscribe) stop();
    expect(received).toEqual({ beria: [cable.id], molotov: [], stalin: [cable.id] });
  });
});

describe('a bad draft', { timeout: SLOW }, () => {
  let registry: TestServices;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    await registerCable(registry.services, 'stalin', aCable());
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const overBody = 'x'.repeat(64 * 1024 + 1);
  const { to: _, ...withoutTo } = aCable();
  it.each([
    ['no action addressee', withoutTo, 'to'],
    ['an empty action list', aCable({ to: [] }), 'to'],
    ['an unknown person', aCable({ to: ['molotov', 'nobody'] }), 'to[1]'],
    ['an unknown group', aCable({ to: ['fiver'] }), 'to[0]'],
    ['an unknown copy addressee', aCable({ info: ['nobody'] }), 'info[0]'],
    ['an addressee named twice', aCable({ info: ['molotov'] }), 'info[0]'],
    ['a group on an EYES ONLY cable', aCable({ to: ['four'], captions: ['EYES ONLY'] }), 'to[0]'],
    ['a relay on an EYES ONLY cable', aCable({ via: 'pavlov', captions: ['EYES ONLY'] }), 'via'],
    ['the author excluded', aCable({ to: ['four'], exclude: ['stalin'] }), 'exclude[0]'],
    ['an excluded addressee', aCable({ to: ['four', 'beria'], exclude: ['beria'] }), 'exclude[0]'],
    ['a group excluded', aCable({ to: ['four'], exclude: ['three'] }), 'exclude[0]'],
    ['the author as relay', aCable({ via: 'stalin' }), 'via'],
    ['nobody but the author', aCable({ to: ['stalin'] }), 'to'],
    ['an unknown precedence', aCable({ precedence: 'URGENT' as never }), 'precedence'],
    ['a classification outside the scheme', aCable({ classification: 'COSMIC' }), 'classification'],
    ['an unknown kind', aCable({ kind: 'memo' as never }), 'kind'],
    ['an unknown caption', aCable({ captions: ['BURN'] as never }), 'captions[0]'],
    ['an empty subject', aCable({ subject: '   ' }), 'subject'],
    ['a subject over two lines', aCable({ subject: 'one\ntwo' }), 'subject'],
    ['an empty body', aCable({ body: '' }), 'body'],
    ['a body over 64 KiB', aCable({ body: overBody }), 'body'],
    ['a NUL in the body', aCable({ body: 'a\u0000b' }), 'body'],
    ['a badly formed issue tag', aCable({ issues: ['Trieste Question'] }), 'issues[0]'],
    ['a series of another post', aCable({ series: 'LONTO' }), 'series'],
    ['an unknown conference', aCable({ conference: 'yalta-1945' }), 'conference'],
    ['a reply to a missing cable', aCable({ inReplyTo: 'CEN 0999' }), 'inReplyTo'],
    ['a reference to a missing cable', aCable({ refs: ['TOLON/MR4CCX 0001', 'nothing'] }), 'refs[1]'],
    ['an unknown field', { ...aCable(), cc: ['beria'] }, 'cc'],
    ['a list given as a string', { ...aCable(), to: 'molotov' }, 'to'],
    ['a number for text', { ...aCable(), subject: 42 }, 'subject'],
    ['no draft at all', null, 'body'],
  ])('with %s is refused naming the field, and changes nothing', async (_case, draft, field) => {
    const before = await registryStateOf(registry.services);
    const error = await registerCable(registry.services, 'stalin', draft).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid-input', field });
    expect((error as DomainError).message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
    expect(await registryStateOf(registry.services)).toEqual(before);
  });
});

describe('a reply to a cable the author may not read', { timeout: SLOW }, () => {
  let registry: TestServices;
  let eyesOnly: Cable;
  let toTheThree: Cable;
  beforeAll(async () => {
    registry = await openTestServices('london-organisation');
    eyesOnly = await registerCable(
      registry.services,
      'poskrebyshev',
      aCable({ to: ['stalin', 'molotov'], captions: ['EYES ONLY'], kind: 'digest' }),
    );
    toTheThree = await registerCable(
      registry.services,
      'stalin',
      aCable({ to: ['three'], exclude: ['molotov'], captions: ['READ-OUT'], kind: 'reprimand' }),
    );
  }, SLOW);
  afterAll(() => registry?.cleanup());

  /** The refusal with the reference blanked out: what tells a hidden cable from a missing one, if anything. */
  async function refusalOf(author: string, fields: Parameters<typeof aCable>[0], reference: string) {
    const before = await registryStateOf(registry.services);
    const error = (await registerCable(registry.services, author, aCable(fields)).catch(
      (e) => e,
    )) as DomainError;
    expect(await registryStateOf(registry.services)).toEqual(before);
    return { code: error.code, field: error.field, message: error.message.replace(reference, '<ref>') };
  }

  it('is refused exactly like a reply to a cable that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const hidden = await refusalOf('beria', { to: ['stalin'], inReplyTo: eyesOnly.id }, eyesOnly.id);
    const absent = await refusalOf('beria', { to: ['stalin'], inReplyTo: missing }, missing);
    expect(hidden).toEqual({ code: 'invalid-input', field: 'inReplyTo', message: expect.any(String) });
    expect(hidden).toEqual(absent);
  });

  it('is refused alike when the cable is named by its registry number', async () => {
    const byNumber = await refusalOf(
      'molotov',
      { to: ['stalin'], inReplyTo: toTheThree.number },
      toTheThree.number,
    );
    const absent = await refusalOf('molotov', { to: ['stalin'], inReplyTo: 'CEN 0999' }, 'CEN 0999');
    expect(byNumber).toEqual(absent);
    const asReference = await refusalOf('molotov', { to: ['stalin'], refs: [toTheThree.id] }, toTheThree.id);
    expect(asReference).toMatchObject({ code: 'invalid-input', field: 'refs[0]' });
  });

  it('is accepted from a reader, and stored as the id of the cable answered', async () => {
    const reply = await registerCable(
      registry.services,
      'beria',
      aCable({ to: ['stalin'], kind: 'reply', inReplyTo: toTheThree.number, refs: [toTheThree.id] }),
    );
    expect(reply.inReplyTo).toBe(toTheThree.id);
    expect(reply.refs).toEqual([toTheThree.id]);
  });
});

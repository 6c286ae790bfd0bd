import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { type Cable, type Deadline, DomainError } from '../../core/index.js';
import { registerCable } from '../cables/register-cable.js';
import { openServices } from '../open-services.js';
import type { Services } from '../services.js';
import { fireDeadlineAlerts, pushDeadlineAlerts } from './fire-deadline-alerts.js';
import { viewDeadlines } from './view-deadlines.js';

/** When Stalin asks for the stenographic record (L-32): "in five days". */
const SET = '1945-10-10T09:00:00.000Z';
const later = (hours: number) => new Date(Date.parse(SET) + hours * 3_600_000).toISOString();

const stenographicRecord = (overrides: Partial<Deadline> = {}): Deadline => ({
  id: 'stenographic-record',
  description: 'A stenographic report of the London talks, in five days',
  due: { type: 'within', of: { type: 'registration' }, within: { days: 5 } },
  meets: { type: 'reply', kind: 'report' },
  actors: ['molotov'],
  notify: ['stalin'],
  warn: [{ days: 1 }, { hours: 1 }],
  ...overrides,
});

describe('deadlines and their alerts', { timeout: SLOW }, () => {
  let registry: TestServices;
  let now = SET;
  let services: Services;
  beforeEach(async () => {
    registry = await openTestServices('london-1945');
    now = SET;
    services = { ...registry.services, now: () => now };
  }, SLOW);
  afterEach(() => registry?.cleanup());

  const setDeadlines = (deadlines: Deadline[], author = 'stalin', to = ['molotov']) =>
    registerCable(services, author, {
      to,
      precedence: 'IMMEDIATE',
      classification: 'TOP SECRET',
      kind: 'directive',
      subject: 'A stenographic record of London',
      issues: [],
      conference: 'london-1945',
      body: 'Compile a stenographic report of the London talks in five days.',
      payload: { type: 'deadlines', conference: 'london-1945', deadlines },
    });
  const reply = (to: Cable, kind: 'report' | 'note' = 'report') =>
    registerCable(services, 'molotov', {
      to: ['stalin'],
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind,
      subject: 'The stenographic record',
      body: 'Here it is.',
      inReplyTo: to.id,
    });
  const firings = async () =>
    (await services.store.deadlines.alertsAfter(0)).map(({ firing, personId }) => `${firing} ${personId}`);

  it('warns at each lead time and at the lapse, each alert once, to those who must act and those notified', async () => {
    await setDeadlines([stenographicRecord()]);
    now = later(24 * 3);
    expect(await fireDeadlineAlerts(services)).toBe(0);
    now = later(24 * 4 + 1);
    expect(await fireDeadlineAlerts(services)).toBe(2);
    expect(await fireDeadlineAlerts(services)).toBe(0);
    now = later(24 * 5 - 0.5);
    expect(await fireDeadlineAlerts(services)).toBe(2);
    expect((await viewDeadlines(services, 'molotov'))[0]!.status.state).toBe('open');
    now = later(24 * 5 + 0.1);
    expect(await fireDeadlineAlerts(services)).toBe(2);
    expect(await fireDeadlineAlerts(services)).toBe(0);
    expect(await firings()).toEqual([
      'warning-1-day molotov',
      'warning-1-day stalin',
      'warning-1-hour molotov',
      'warning-1-hour stalin',
      'lapse molotov',
      'lapse stalin',
    ]);
    const [view] = await viewDeadlines(services, 'stalin', { conference: 'london-1945', person: 'molotov' });
    expect(view!.status).toMatchObject({ state: 'lapsed', dueAt: later(24 * 5), metBy: null });
  });

  it('is met by a reply of the asked kind from one who must act, and then never lapses', async () => {
    const asked = await setDeadlines([stenographicRecord({ warn: [] })]);
    now = later(24);
    await reply(asked, 'note');
    expect((await viewDeadlines(services, 'stalin'))[0]!.status.state).toBe('open');
    now = later(48);
    const record = await reply(asked);
    now = later(24 * 6);
    expect(await fireDeadlineAlerts(services)).toBe(0);
    expect((await viewDeadlines(services, 'stalin'))[0]!.status).toMatchObject({
      state: 'met',
      metBy: { cable: record.id },
    });
  });

  it('shows a deadline only to readers of its cable, and alerts no one else', async () => {
    const set = await setDeadlines([stenographicRecord({ notify: ['stalin', 'beria'] })]);
    // The example's own L-32 deadline is Beria's too, as one of the Four; this one is not.
    const seen = await viewDeadlines(services, 'beria');
    expect(seen.filter(({ stored }) => stored.cableId === set.id)).toEqual([]);
    now = later(24 * 6);
    await fireDeadlineAlerts(services);
    expect(await firings()).toEqual(['lapse molotov', 'lapse stalin']);
  });

  it('warns and lapses for one who must act as their cables tell it: a reply they may not read never silences them', async () => {
    // Issue 12: Beria's answer goes to Stalin alone. For the registry the deadline is met; for Molotov,
    // who may not read that answer, it stays open and lapses, exactly as if Beria had never written.
    const asked = await setDeadlines(
      [stenographicRecord({ actors: ['molotov', 'beria'], notify: [], warn: [{ hours: 1 }] })],
      'stalin',
      ['molotov', 'beria'],
    );
    now = later(24);
    const answer = await registerCable(services, 'beria', {
      to: ['stalin'],
      precedence: 'PRIORITY',
      classification: 'TOP SECRET',
      kind: 'report',
      subject: 'The record, from Beria',
      body: 'Here it is.',
      inReplyTo: asked.id,
    });
    expect(answer.readers).not.toContain('molotov');
    now = later(24 * 5 - 0.5);
    await fireDeadlineAlerts(services);
    now = later(24 * 5 + 0.1);
    await fireDeadlineAlerts(services);
    expect(await firings()).toEqual(['warning-1-hour molotov', 'lapse molotov']);
    expect((await viewDeadlines(services, 'molotov'))[0]!.status.state).toBe('lapsed');
    expect((await viewDeadlines(services, 'stalin'))[0]!.status.state).toBe('met');
  });

  it('pushes each recorded alert live once, with the deadline and its cable', async () => {
    const asked = await setDeadlines([stenographicRecord({ warn: [] })]);
    const pushed: string[] = [];
    services.bus.subscribeDeadlineAlerts('molotov', (alert) =>
      pushed.push(`${alert.firing} ${alert.deadline.id} ${alert.cable.id === asked.id}`),
    );
    now = later(24 * 6);
    await fireDeadlineAlerts(services);
    const cursor = await pushDeadlineAlerts(services, 0);
    await pushDeadlineAlerts(services, cursor);
    expect(pushed).toEqual(['lapse stenographic-record true']);
  });

  it('records an alert once when two processes on one registry fire it together', async () => {
    await setDeadlines([stenographicRecord({ warn: [] })]);
    const other = await openServices(registry.db, registry.keyFile);
    try {
      now = later(24 * 6);
      const counts = await Promise.all([
        fireDeadlineAlerts(services),
        fireDeadlineAlerts({ ...other, now: () => now }),
      ]);
      expect(counts[0]! + counts[1]!).toBe(2);
      expect(await firings()).toEqual(['lapse molotov', 'lapse stalin']);
    } finally {
      await other.store.close();
    }
  });

  it.each([
    [
      'a deadline in the past',
      { due: { type: 'at', at: '1945-10-01T00:00:00Z' } },
      'payload.deadlines[0].due.at',
    ],
    ['no one to act', { actors: [] }, 'payload.deadlines[0].actors'],
    ['someone unknown to act', { actors: ['nobody'] }, 'payload.deadlines[0].actors[0]'],
    [
      'an unknown issue',
      { meets: { type: 'agreement', issue: 'nowhere' } },
      'payload.deadlines[0].meets.issue',
    ],
  ] as const)('refuses %s, naming the field, and registers nothing', async (_, overrides, field) => {
    const count = await services.store.registry.count();
    const refused = await setDeadlines([stenographicRecord(overrides as Partial<Deadline>)]).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'invalid-input', field });
    expect(await services.store.registry.count()).toBe(count);
  });
});

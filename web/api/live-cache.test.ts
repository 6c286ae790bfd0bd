import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { cableOpened, FRESH_KEY, receiveAlert, receiveCable } from './live-cache.js';
import { queries } from './queries.js';
import type { CableSummary, InboxPage } from './schema.js';

function aSummary(id: string, overrides: Partial<CableSummary> = {}): CableSummary {
  return {
    id,
    number: `LONTO ${id}`,
    seq: 1,
    registeredAt: '1945-09-12T10:00:00.000Z',
    author: { id: 'stalin', name: 'Iosif Stalin' },
    alias: null,
    to: ['molotov'],
    info: [],
    exclude: [],
    via: null,
    precedence: 'IMMEDIATE',
    classification: 'SECRET',
    captions: [],
    kind: 'report',
    subject: `Cable ${id}`,
    issues: [],
    conference: null,
    read: false,
    ...overrides,
  } as CableSummary;
}

function withBox(client: QueryClient, box: 'in' | 'sent', cables: CableSummary[]) {
  const page: InboxPage = { total: cables.length, unread: cables.filter((c) => !c.read).length, cables };
  client.setQueryData(queries.inbox(box).queryKey, { pages: [page], pageParams: [0] });
}

function box(client: QueryClient, which: 'in' | 'sent') {
  return client.getQueryData<InfiniteData<InboxPage>>(queries.inbox(which).queryKey);
}

describe('live events update the cache', () => {
  test('a cable from someone else goes on top of the inbox, counted and marked fresh, once', () => {
    const client = new QueryClient();
    withBox(client, 'in', [aSummary('0001', { read: true })]);
    withBox(client, 'sent', []);
    receiveCable(client, aSummary('0002'), 'molotov');
    receiveCable(client, aSummary('0002'), 'molotov');
    const inbox = box(client, 'in')?.pages[0];
    expect(inbox?.cables.map((c) => c.id)).toEqual(['0002', '0001']);
    expect(inbox?.total).toBe(2);
    expect(inbox?.unread).toBe(1);
    expect(box(client, 'sent')?.pages[0]?.cables).toEqual([]);
    expect(client.getQueryData<ReadonlySet<string>>(FRESH_KEY)?.has('0002')).toBe(true);
  });

  test('the reader’s own cable goes to Sent, not the inbox', () => {
    const client = new QueryClient();
    withBox(client, 'in', []);
    withBox(client, 'sent', []);
    receiveCable(
      client,
      aSummary('0003', { author: { id: 'molotov', name: 'Vyacheslav Molotov' } }),
      'molotov',
    );
    expect(box(client, 'in')?.pages[0]?.cables).toEqual([]);
    expect(box(client, 'sent')?.pages[0]?.cables.map((c) => c.id)).toEqual(['0003']);
  });

  test('a box not loaded yet is left to load itself', () => {
    const client = new QueryClient();
    receiveCable(client, aSummary('0004'), 'molotov');
    expect(box(client, 'in')).toBeUndefined();
  });

  test('an alert gives the report’s row its worst verdict and raises the unseen count', () => {
    const client = new QueryClient();
    withBox(client, 'in', [aSummary('0005')]);
    client.setQueryData(queries.alerts().queryKey, { alerts: [], unseen: 2 });
    const alert = { report: { id: '0005', number: 'LONTO 0005' }, idx: 0, precedence: 'FLASH', subject: 's' };
    receiveAlert(client, { ...alert, verdict: 'RED_LINE' });
    receiveAlert(client, { ...alert, idx: 1, verdict: 'NEEDS_AUTHORITY' });
    expect(box(client, 'in')?.pages[0]?.cables[0]?.verdict).toBe('RED_LINE');
    expect(client.getQueryData(queries.alerts().queryKey)?.unseen).toBe(4);
  });
});

test('a cable opened loses its unread mark in its box without the box being loaded again', () => {
  const client = new QueryClient();
  withBox(client, 'in', [aSummary('0006'), aSummary('0007')]);
  cableOpened(client, '0006');
  expect(box(client, 'in')?.pages[0]?.cables.map((c) => c.read)).toEqual([true, false]);
});

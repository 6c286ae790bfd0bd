import { describe, expect, it } from 'vitest';
import type { Cable } from '../../core/index.js';
import type { CableToAppend, Store } from '../../store/store.js';
import { RegistrationQueue } from './registration-queue.js';

/** A store whose append records each batch it is given and numbers the cables in order. */
function recordingStore() {
  const batches: number[] = [];
  let seq = 0;
  const store = {
    registry: {
      append: async (cables: CableToAppend[]) => {
        batches.push(cables.length);
        return cables.map((c) => {
          seq += 1;
          return { ...c.envelope, seq } as unknown as Cable;
        });
      },
    },
  } as unknown as Store;
  return { store, batches };
}

const cableNamed = (id: string) =>
  ({ envelope: { id }, signature: 's', readers: [] }) as unknown as Omit<CableToAppend, 'registeredAt'>;

describe('RegistrationQueue', () => {
  it('commits cables queued in the same turn together, in arrival order', async () => {
    const { store, batches } = recordingStore();
    const queue = new RegistrationQueue(store);
    const cables = await Promise.all(
      Array.from({ length: 20 }, (_, i) => queue.append(cableNamed(`c${i}`), '{}', '2026-01-01T00:00:00Z')),
    );
    expect(batches).toEqual([20]);
    expect(cables.map((c) => c.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(cables.map((c) => c.id)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`));
  });

  it('answers no caller before the commit holding its cable has returned', async () => {
    const { store } = recordingStore();
    let committed = false;
    const append = store.registry.append;
    store.registry.append = async (cables, seal) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      committed = true;
      return append(cables, seal);
    };
    const queue = new RegistrationQueue(store);
    await queue.append(cableNamed('only'), '{}', '2026-01-01T00:00:00Z');
    expect(committed).toBe(true);
  });

  it('rejects every cable of a batch whose commit failed, and goes on with the next', async () => {
    const { store } = recordingStore();
    const append = store.registry.append;
    let calls = 0;
    store.registry.append = async (cables, seal) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      return append(cables, seal);
    };
    const queue = new RegistrationQueue(store);
    const first = [queue.append(cableNamed('a'), '{}', 't'), queue.append(cableNamed('b'), '{}', 't')];
    await expect(Promise.all(first)).rejects.toThrow('disk full');
    await expect(first[1]).rejects.toThrow('disk full');
    await expect(queue.append(cableNamed('c'), '{}', 't')).resolves.toMatchObject({ id: 'c' });
  });
});

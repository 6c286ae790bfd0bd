import { describe, expect, test } from 'vitest';
import { shapeThread, type ThreadLinks } from './shape-thread.js';

const cable = (id: string, repliesTo: string | null = null, refersTo: string[] = []): ThreadLinks => ({
  id,
  repliesTo,
  refersTo,
});

describe('a thread as the reader follows it', () => {
  // a ← b ← c, a ← d (two answers to a); c cites x; y cites c; z cites x only.
  const thread = [
    cable('a'),
    cable('x'),
    cable('b', 'a'),
    cable('c', 'b', ['x']),
    cable('d', 'a'),
    cable('y', null, ['c']),
    cable('z', null, ['x']),
  ];

  test('is the tree of replies from its first cable, depth first, whatever cable is open', () => {
    for (const open of ['a', 'b', 'c', 'd']) {
      expect(shapeThread(thread, open).replies.map(({ cable, depth }) => `${cable.id}${depth}`)).toEqual([
        'a0',
        'b1',
        'c2',
        'd1',
      ]);
    }
  });

  test('lists apart what the open cable cites and what cites it, and nothing linked only through them', () => {
    const shape = shapeThread(thread, 'c');
    expect(shape.refersTo.map(({ id }) => id)).toEqual(['x']);
    expect(shape.referredBy.map(({ id }) => id)).toEqual(['y']);
    expect(shape.replies.some(({ cable }) => cable.id === 'z')).toBe(false);
  });

  test('has no chain for a cable that answers nothing and is answered by nothing', () => {
    expect(shapeThread(thread, 'x')).toEqual({
      replies: [],
      refersTo: [],
      referredBy: [thread[3], thread[6]],
    });
  });

  test('survives a reply loop, which a hand-made registry could hold', () => {
    const loop = [cable('p', 'q'), cable('q', 'p')];
    expect(shapeThread(loop, 'p').replies.map(({ cable }) => cable.id)).toEqual(['q', 'p']);
  });
});

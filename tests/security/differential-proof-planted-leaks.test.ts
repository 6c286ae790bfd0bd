import { describe, expect, it, vi } from 'vitest';
import { runDifferentialProof } from './differential/run-differential-proof.js';

/**
 * The differential proof catches a leak of each kind (issue 12, Done when): a
 * leak is planted, one at a time, into the real code path that computes the
 * thing, and the proof must fail with `LEAK:` showing where P's answers
 * differ: (a) a seq, (b) a series gap, (c) a derived clause, and (d) its
 * issue 11 kin, a deadline whose status rests on a reply P may not read. The
 * control run, with nothing planted, passes.
 */

type Plant = 'none' | 'seq' | 'series-gap' | 'derived-clause' | 'deadline-reply';
const planted = vi.hoisted(() => ({ leak: 'none' as Plant }));

// (a) A chain position shown to an ordinary reader: every cable summary carries its global seq.
vi.mock('../../src/http/presenters/present-cable.js', async (original) => {
  const real = await original<typeof import('../../src/http/presenters/present-cable.js')>();
  return {
    ...real,
    presentSummary: (...args: Parameters<typeof real.presentSummary>) => ({
      ...real.presentSummary(...args),
      ...(planted.leak === 'seq' ? { seq: args[0].seq } : {}),
    }),
  };
});

// (b) A series gap: a restricted cable numbered in its standing series, as before audience series.
vi.mock('../../src/core/registry/audience-series.js', async (original) => {
  const real = await original<typeof import('../../src/core/registry/audience-series.js')>();
  return {
    ...real,
    audienceSeries: (...args: Parameters<typeof real.audienceSeries>) =>
      planted.leak === 'series-gap' ? args[0] : real.audienceSeries(...args),
  };
});

// (c) A derived clause: the reader's scope hands out every directive of the registry, read or not.
vi.mock('../../src/services/mandates/reader-scope.js', async (original) => {
  const real = await original<typeof import('../../src/services/mandates/reader-scope.js')>();
  return {
    ...real,
    scopeOf: (...args: Parameters<typeof real.scopeOf>) => {
      const scope = real.scopeOf(...args);
      if (planted.leak !== 'derived-clause') return scope;
      return { ...scope, directives: real.registryScope(args[0]).directives };
    },
  };
});

// (d) A derived clause of issue 11: a deadline is met, for its reader, by any reply in the registry.
vi.mock('../../src/services/deadlines/deadline-facts.js', async (original) => {
  const real = await original<typeof import('../../src/services/deadlines/deadline-facts.js')>();
  return {
    ...real,
    deadlineScope: (...args: Parameters<typeof real.deadlineScope>) => {
      const [services] = args;
      const scope = real.deadlineScope(...args);
      if (planted.leak !== 'deadline-reply') return scope;
      return {
        ...scope,
        async factsOf(stored: Parameters<typeof scope.factsOf>[0]) {
          const facts = await scope.factsOf(stored);
          if (stored.deadline.meets.type !== 'reply') return facts;
          const replies = await services.store.deadlines.repliesTo(stored.cableId);
          const candidates = replies.map((cable) => ({
            cable: cable.id,
            author: cable.author,
            at: cable.registeredAt,
          }));
          return { ...facts, candidates };
        },
      };
    },
  };
});

/** Runs the proof with one leak planted; the error it fails with, or null when it passes. */
async function proveWith(leak: Plant, worlds: number): Promise<string | null> {
  planted.leak = leak;
  try {
    await runDifferentialProof({ worlds });
    return null;
  } catch (error) {
    // fast-check reports the world that failed; what failed in it is the error's cause.
    const messages: string[] = [];
    for (let at: unknown = error; at; at = at instanceof Error ? at.cause : null)
      messages.push(at instanceof Error ? at.message : String(at));
    return messages.join('\n');
  } finally {
    planted.leak = 'none';
  }
}

describe('the differential proof with a leak planted', () => {
  it('passes with nothing planted (the control)', async () => {
    expect(await proveWith('none', 2)).toBeNull();
  }, 300_000);

  // What each shows where the answers part: the seq itself, a number of a standing series, a clause or verdict.
  it.each([
    ['a global seq in the cable summaries P is shown', 'seq', /\\"seq\\":\d+/],
    ['a restricted cable numbered in its standing series', 'series-gap', /\\"P\d \d{4}\\"/],
    [
      'verdicts and mandates computed from directives P may not read',
      'derived-clause',
      /clause|verdict|authority/,
    ],
    ['deadlines met, and alerts silenced, by replies P may not read', 'deadline-reply', /deadline|met/],
  ] as const)(
    'catches %s',
    async (_, leak, shows) => {
      const failure = await proveWith(leak, 6);
      expect(failure, `the proof missed the planted ${leak}`).not.toBeNull();
      console.log(
        `planted ${leak}:`,
        failure!.slice(failure!.indexOf('LEAK:'), failure!.indexOf('LEAK:') + 700),
      );
      expect(failure).toMatch(/LEAK: answer \d+ to P differs/);
      expect(failure).toMatch(shows);
    },
    300_000,
  );
});

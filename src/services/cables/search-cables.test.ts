import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_ENTRIES,
  openTestServices,
  type TestServices,
} from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import type { Cable } from '../../core/index.js';
import { searchCables } from './search-cables.js';

describe('searching the London 1945 registry', { timeout: SLOW }, () => {
  let registry: TestServices;
  let all: Cable[];
  /** The 6 December cable to the Three, not to Molotov. */
  let toTheThree: Cable;
  beforeAll(async () => {
    registry = await openTestServices('london-1945');
    all = [];
    for await (const batch of registry.services.store.registry.scan(100)) {
      for (const scanned of batch) if (scanned.cable) all.push(scanned.cable);
    }
    toTheThree = all.find((cable) => cable.subject.startsWith('Your answer on censorship will not do'))!;
  }, SLOW);
  afterAll(() => registry?.cleanup());

  const search = (reader: string, query: Record<string, unknown>) =>
    searchCables(registry.services, reader, query);
  const readableBy = (reader: string, keep: (cable: Cable) => boolean = () => true) =>
    all.filter((cable) => cable.readers.includes(reader) && keep(cable));

  it('finds a cable by a word of its body for a reader, and not for someone excluded', async () => {
    const forBeria = await search('beria', { q: 'popularity' });
    expect(forBeria.total).toBe(1);
    expect(forBeria.hits.map((hit) => hit.cable.id)).toEqual([toTheThree.id]);
    expect(await search('molotov', { q: 'popularity' })).toEqual({ total: 0, hits: [] });
  });

  it('counts only the cables the reader may read, for every reader', async () => {
    for (const reader of ['stalin', 'molotov', 'beria', 'gromyko', 'poskrebyshev']) {
      const everything = await search(reader, { limit: 200 });
      expect(everything.total).toBe(readableBy(reader).length);
      expect(everything.hits.map((hit) => hit.cable.id).sort()).toEqual(
        readableBy(reader)
          .map((cable) => cable.id)
          .sort(),
      );
      const censorship = await search(reader, { issue: 'censorship' });
      expect(censorship.total).toBe(
        readableBy(reader, (cable) => cable.issues.includes('censorship')).length,
      );
    }
  });

  it('gives the same total whatever the page, and every hit once', async () => {
    const whole = await search('molotov', { q: 'Byrnes', limit: 200 });
    expect(whole.total).toBeGreaterThan(3);
    const ids: string[] = [];
    for (let offset = 0; offset < whole.total; offset += 3) {
      const page = await search('molotov', { q: 'Byrnes', limit: 3, offset });
      expect(page.total).toBe(whole.total);
      ids.push(...page.hits.map((hit) => hit.cable.id));
    }
    expect(ids.sort()).toEqual(whole.hits.map((hit) => hit.cable.id).sort());
  });

  it('keeps EYES ONLY digests to the people they name', async () => {
    const digests = all.filter((cable) => cable.captions.includes('EYES ONLY'));
    expect(digests).toHaveLength(2);
    const idsFound = async (reader: string) =>
      (await search(reader, { q: 'TASS digest', limit: 200 })).hits.map((hit) => hit.cable.id);
    for (const reader of ['stalin', 'molotov', 'poskrebyshev']) {
      expect(await idsFound(reader)).toEqual(expect.arrayContaining(digests.map((cable) => cable.id)));
    }
    for (const reader of ['beria', 'malenkov', 'mikoyan', 'vyshinsky', 'gusev', 'gromyko', 'pavlov']) {
      const found = await idsFound(reader);
      for (const digest of digests) expect(found).not.toContain(digest.id);
    }
  });

  it('matches a quoted phrase only where the words stand together', async () => {
    const phrase = await search('stalin', { q: '"verbatim record"' });
    expect(phrase.total).toBeGreaterThan(0);
    for (const hit of phrase.hits)
      expect(`${hit.cable.subject} ${hit.cable.body}`.toLowerCase()).toContain('verbatim record');
  });

  it('marks the matched words in the snippet', async () => {
    const [hit] = (await search('beria', { q: 'popularity' })).hits;
    expect(hit!.snippet).toContain('\u0002popularity\u0003');
  });

  it('combines text with filters on author, kind, issue and dates', async () => {
    const result = await search('stalin', {
      q: 'Molotov',
      author: 'malenkov',
      kind: 'report',
      issue: 'censorship',
      from: '1945-12-01',
      until: '1945-12-06',
    });
    expect(result.hits.map((hit) => hit.cable.subject)).toEqual([
      'Your cable read to Molotov: how he took it',
    ]);
    const sameDayOnly = await search('stalin', { from: '1945-12-06', until: '1945-12-06', limit: 200 });
    expect(sameDayOnly.total).toBe(
      readableBy('stalin', (cable) => cable.registeredAt.startsWith('1945-12-06')).length,
    );
  });

  it('reads search operators and stray quotes as plain words', async () => {
    for (const q of [
      'body:Molotov',
      'Molotov OR',
      'NEAR(a b)',
      '"unclosed',
      '*',
      'a AND NOT b',
      "'; drop table cables; --",
    ]) {
      await expect(search('stalin', { q })).resolves.toMatchObject({ total: expect.any(Number) });
    }
    expect(await registry.services.store.registry.count()).toBe(EXAMPLE_ENTRIES);
  });

  it('refuses a bad query naming the parameter', async () => {
    for (const [query, field] of [
      [{ limit: 500 }, 'limit'],
      [{ from: 'yesterday' }, 'from'],
      [{ kind: 'memo' }, 'kind'],
      [{ issue: 'Not A Tag' }, 'issue'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      await expect(search('stalin', query)).rejects.toMatchObject({ code: 'invalid-input', field });
    }
  });
});

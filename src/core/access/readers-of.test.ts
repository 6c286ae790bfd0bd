import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTIONS } from '../cable/vocabulary.js';
import { DomainError } from '../errors.js';
import { aMembership, anAddressing, anOrganisation, DECEMBER_6 } from '../testing/factories.js';
import { organisationAt } from './organisation.js';
import { type Addressing, canRead, readersOf } from './readers-of.js';

/** The refusal readersOf throws, so a test can read its code and field. */
function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the addressing to be refused');
}

function expectRefusedNaming(run: () => unknown, field: string): void {
  const refusal = refusalOf(run);
  expect(refusal.code).toBe('invalid-input');
  expect(refusal.field).toBe(field);
}

const org = anOrganisation();

describe('readersOf, the access rule', () => {
  it('gives the December 6 cable to the Three, not to Molotov, only to Beria, Malenkov, Mikoyan and its author', () => {
    const readers = readersOf(anAddressing({ author: 'stalin', to: ['three'], exclude: ['molotov'] }), org);
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'stalin']);
  });

  it('keeps Molotov out of a cable to the Four that excludes him', () => {
    const readers = readersOf(anAddressing({ to: ['four'], exclude: ['molotov'] }), org);
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'stalin']);
  });

  it('lets the people named in `to` and `info` read the cable', () => {
    const readers = readersOf(anAddressing({ to: ['molotov'], info: ['vyshinsky'] }), org);
    expect(readers).toEqual(['molotov', 'stalin', 'vyshinsky']);
  });

  it('lets every member of a group named in `info` read the cable', () => {
    const readers = readersOf(anAddressing({ to: ['molotov'], info: ['three'] }), org);
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'molotov', 'stalin']);
  });

  it('always counts the author among the readers', () => {
    const readers = readersOf(anAddressing({ author: 'molotov', to: ['stalin'] }), org);
    expect(readers).toContain('molotov');
  });

  it('lets the relay named in `via` read the cable', () => {
    const readers = readersOf(anAddressing({ to: ['molotov'], via: 'vyshinsky' }), org);
    expect(readers).toEqual(['molotov', 'stalin', 'vyshinsky']);
  });

  it('returns the readers sorted, each once, even when a person is reached twice', () => {
    const readers = readersOf(
      anAddressing({ author: 'poskrebyshev', to: ['four'], info: ['three', 'beria'], via: 'malenkov' }),
      org,
    );
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'molotov', 'poskrebyshev']);
  });

  it('lets an author who belongs to an addressed group read the cable once', () => {
    const readers = readersOf(anAddressing({ author: 'beria', to: ['four'] }), org);
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'molotov']);
  });

  it('ignores the exclusion of a person who is not in any addressed group', () => {
    const readers = readersOf(anAddressing({ to: ['three'], exclude: ['gusev'] }), org);
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'stalin']);
  });

  it('lets an EYES ONLY cable reach exactly the author and the people it names', () => {
    const readers = readersOf(
      anAddressing({ to: ['molotov'], info: ['beria'], captions: ['EYES ONLY', 'READ-OUT'] }),
      org,
    );
    expect(readers).toEqual(['beria', 'molotov', 'stalin']);
  });
});

describe('readersOf takes group members at registration', () => {
  // Beria leaves the Four on December 7 and Gusev joins it that day.
  const people = ['stalin', 'molotov', 'beria', 'malenkov', 'mikoyan', 'gusev'];
  const memberships = [
    ...['molotov', 'malenkov', 'mikoyan'].map((person) => aMembership('four', person)),
    aMembership('four', 'beria', { until: '1945-12-07T00:00:00.000Z' }),
    aMembership('four', 'gusev', { from: '1945-12-07T00:00:00.000Z' }),
  ];
  const toTheFour = anAddressing({ to: ['four'] });
  const registeredOn = (at: string) =>
    readersOf(toTheFour, organisationAt(people, ['four'], memberships, at));
  const registeredDecember6 = registeredOn(DECEMBER_6);
  const registeredDecember8 = registeredOn('1945-12-08T00:00:00.000Z');

  it('a reader removed from the Four after registration still reads the cable', () => {
    expect(canRead('beria', registeredDecember6)).toBe(true);
    expect(canRead('beria', registeredDecember8)).toBe(false);
  });

  it('someone who joins the Four after registration does not read the cable', () => {
    expect(canRead('gusev', registeredDecember6)).toBe(false);
    expect(canRead('gusev', registeredDecember8)).toBe(true);
  });

  it('takes the members of the Four as they were at each registration', () => {
    expect(registeredDecember6).toEqual(['beria', 'malenkov', 'mikoyan', 'molotov', 'stalin']);
    expect(registeredDecember8).toEqual(['gusev', 'malenkov', 'mikoyan', 'molotov', 'stalin']);
  });

  it('gives a cable to the delegation during the session to its members then, and after it to nobody', () => {
    const duringTheSession = anOrganisation('1945-09-20T12:00:00.000Z');
    expect(readersOf(anAddressing({ to: ['delegation'] }), duringTheSession)).toEqual([
      'gusev',
      'molotov',
      'pavlov',
      'stalin',
    ]);
    expectRefusedNaming(() => readersOf(anAddressing({ to: ['delegation'] }), org), 'to');
  });
});

describe('readersOf refuses addressing that cannot stand', () => {
  it('refuses an unknown action addressee, naming `to[i]`', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ to: ['molotov', 'byrnes'] }), org), 'to[1]');
  });

  it('refuses an unknown copy addressee, naming `info[i]`', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ info: ['bevin'] }), org), 'info[0]');
  });

  it('refuses to exclude someone who is no person, naming `exclude[i]`', () => {
    expectRefusedNaming(
      () => readersOf(anAddressing({ to: ['four'], exclude: ['beria', 'three'] }), org),
      'exclude[1]',
    );
  });

  it('refuses to exclude a person who is also named directly', () => {
    const refusal = refusalOf(() =>
      readersOf(anAddressing({ to: ['four'], info: ['molotov'], exclude: ['molotov'] }), org),
    );
    expect(refusal.field).toBe('exclude[0]');
    expect(refusal.message).toContain('info[0]');
  });

  it('refuses to exclude the author', () => {
    expectRefusedNaming(
      () => readersOf(anAddressing({ author: 'beria', to: ['four'], exclude: ['beria'] }), org),
      'exclude[0]',
    );
  });

  it('refuses to exclude the relay', () => {
    expectRefusedNaming(
      () => readersOf(anAddressing({ to: ['four'], via: 'molotov', exclude: ['molotov'] }), org),
      'exclude[0]',
    );
  });

  it('refuses an addressee named twice, in the same list or across `to` and `info`', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ to: ['molotov', 'molotov'] }), org), 'to[1]');
    expectRefusedNaming(() => readersOf(anAddressing({ to: ['three'], info: ['three'] }), org), 'info[0]');
  });

  it('refuses a group on an EYES ONLY cable', () => {
    expectRefusedNaming(
      () => readersOf(anAddressing({ to: ['molotov'], info: ['three'], captions: ['EYES ONLY'] }), org),
      'info[0]',
    );
  });

  it('refuses a relay on an EYES ONLY cable', () => {
    expectRefusedNaming(
      () => readersOf(anAddressing({ to: ['molotov'], via: 'vyshinsky', captions: ['EYES ONLY'] }), org),
      'via',
    );
  });

  it('refuses an unknown relay, and a group as relay', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ via: 'byrnes' }), org), 'via');
    expectRefusedNaming(() => readersOf(anAddressing({ via: 'three' }), org), 'via');
  });

  it('refuses the author as their own relay', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ via: 'stalin' }), org), 'via');
  });

  it('refuses a cable nobody but the author would receive', () => {
    expectRefusedNaming(() => readersOf(anAddressing({ to: ['stalin'] }), org), 'to');
    expectRefusedNaming(
      () =>
        readersOf(
          anAddressing({ author: 'molotov', to: ['four'], exclude: ['beria', 'malenkov', 'mikoyan'] }),
          org,
        ),
      'to',
    );
  });

  it('lets READ-OUT alone restrict nothing about who reads', () => {
    const readers = readersOf(
      anAddressing({ to: ['three'], via: 'poskrebyshev', captions: ['READ-OUT'] }),
      org,
    );
    expect(readers).toEqual(['beria', 'malenkov', 'mikoyan', 'poskrebyshev', 'stalin']);
  });
});

describe('canRead', () => {
  it('lets exactly the readers fixed at registration read', () => {
    const readers = readersOf(anAddressing({ to: ['three'], exclude: ['molotov'] }), org);
    expect(canRead('beria', readers)).toBe(true);
    expect(canRead('molotov', readers)).toBe(false);
  });
});

describe('readersOf over random organisations and addressing', () => {
  const PEOPLE = ['stalin', 'molotov', 'beria', 'malenkov', 'mikoyan', 'vyshinsky', 'gusev'];
  const GROUPS = ['four', 'three', 'delegation'];
  const DAY = 86_400_000;
  const dayOf = (day: number) => new Date(Date.UTC(1945, 9, 1) + day * DAY).toISOString();

  const aMembershipSpan = fc.record({
    group: fc.constantFrom(...GROUPS),
    person: fc.constantFrom(...PEOPLE),
    from: fc.integer({ min: 0, max: 10 }),
    length: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  });
  const aCase = fc.record({
    spans: fc.array(aMembershipSpan, { maxLength: 15 }),
    // Registration may fall on the very day a membership begins or ends.
    day: fc.integer({ min: 0, max: 12 }),
    author: fc.constantFrom(...PEOPLE),
    named: fc.shuffledSubarray([...PEOPLE, ...GROUPS], { minLength: 1, maxLength: 4 }),
    split: fc.nat(),
    exclude: fc.shuffledSubarray(PEOPLE, { maxLength: 2 }),
    via: fc.option(fc.constantFrom(...PEOPLE), { nil: null }),
    // Mostly without captions, so that most cases are valid and reach the rule itself.
    captions: fc.oneof(
      { arbitrary: fc.constant([]), weight: 3 },
      { arbitrary: fc.subarray([...CAPTIONS]), weight: 1 },
    ),
  });
  type Case = typeof aCase extends fc.Arbitrary<infer T> ? T : never;

  function addressingOf(c: Case): Addressing {
    const toCount = 1 + (c.split % c.named.length);
    return {
      author: c.author,
      to: c.named.slice(0, toCount),
      info: c.named.slice(toCount),
      exclude: c.exclude,
      via: c.via,
      captions: c.captions,
    };
  }

  function organisationOf(c: Case) {
    const memberships = c.spans.map((span) => ({
      group: span.group,
      person: span.person,
      from: dayOf(span.from),
      until: span.length === null ? null : dayOf(span.from + span.length),
    }));
    return organisationAt(PEOPLE, GROUPS, memberships, dayOf(c.day));
  }

  /** The rule written out again, independently: null when the addressing must be refused. */
  function expectedReaders(c: Case): string[] | null {
    const { author, exclude, via, captions } = addressingOf(c);
    const namedPeople = c.named.filter((id) => PEOPLE.includes(id));
    const namedGroups = c.named.filter((id) => GROUPS.includes(id));
    const eyesOnly = captions.includes('EYES ONLY');
    if (exclude.some((id) => c.named.includes(id) || id === author || id === via)) return null;
    if (via === author || (eyesOnly && (namedGroups.length > 0 || via !== null))) return null;
    const membersAtRegistration = c.spans
      .filter((span) => namedGroups.includes(span.group))
      .filter((span) => span.from <= c.day && (span.length === null || c.day < span.from + span.length))
      .map((span) => span.person);
    const readers = new Set([
      author,
      ...namedPeople,
      ...membersAtRegistration.filter((person) => !exclude.includes(person)),
      ...(via ? [via] : []),
    ]);
    return readers.size > 1 ? [...readers].sort() : null;
  }

  it('gives exactly the author, the named people, the named groups’ members then less the excluded, and the relay', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const expected = expectedReaders(c);
        const run = () => readersOf(addressingOf(c), organisationOf(c));
        if (expected === null) expect(refusalOf(run).code).toBe('invalid-input');
        else expect(run()).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets in an excluded person who is neither named nor the relay', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const addressing = addressingOf(c);
        let readers: string[];
        try {
          readers = readersOf(addressing, organisationOf(c));
        } catch {
          return;
        }
        for (const excluded of addressing.exclude) {
          if (c.named.includes(excluded) || excluded === addressing.via) continue;
          expect(readers).not.toContain(excluded);
        }
      }),
      { numRuns: 500 },
    );
  });
});

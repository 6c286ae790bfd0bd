import fc from 'fast-check';
import type { CableDraftInput } from '../../../src/core/index.js';

/**
 * The generated worlds of the differential proof (issue 12): a small
 * organisation with a conference, the cables registered in it, and extra
 * cables that the observer P (always `p0`) may not read. Every draft here is
 * valid by construction and its mandate amendments can never clash, so that
 * the two registries hold exactly the same common cables.
 */

export const OBSERVER = 'p0';
export const CONFERENCE = 'conf';
export const ISSUES = ['i0', 'i1', 'i2'];
export const LADDER = ['a', 'b', 'c', 'd'];
export const UNIT = 'pct';
/** A word in every cable body, for the search that finds everything the reader may read. */
export const COMMON_WORD = 'communique';

// A minute a tick: the whole run stays within one 12-hour session.
const TICK_MS = 60_000;
const EPOCH = Date.UTC(1946, 3, 25);
export const instantOf = (tick: number) => new Date(EPOCH + tick * TICK_MS).toISOString();
/** Common cable k is registered at tick 4k + 4; the extra cables before it, at the ticks in between. */
export const tickOfCommon = (k: number) => 4 * k + 4;

export const personId = (index: number) => `p${index}`;
export const groupId = (index: number) => `g${index}`;

const aMove = fc.record({
  issue: fc.constantFrom(...ISSUES),
  side: fc.constantFrom('ours', 'ours', 'theirs'),
  type: fc.constantFrom('proposal', 'concession', 'acceptance', 'rejection'),
  terms: fc.oneof(
    fc.constantFrom(...LADDER).map((position) => ({ position })),
    fc.integer({ min: 0, max: 100 }).map((value) => ({ value, unit: UNIT })),
  ),
});

/** What one cable is about; turned into a draft once its author and addressees are known. */
const anIntent = (people: number, groups: number) =>
  fc.record({
    author: fc.nat(people - 1),
    to: fc.uniqueArray(fc.oneof(fc.nat(people - 1).map(personId), fc.nat(groups - 1).map(groupId)), {
      minLength: 1,
      maxLength: 3,
    }),
    info: fc.uniqueArray(fc.nat(people - 1).map(personId), { maxLength: 2 }),
    eyesOnly: fc.integer({ min: 1, max: 5 }).map((n) => n === 1),
    kind: fc.constantFrom('note', 'directive', 'report', 'report'),
    issue: fc.constantFrom(...ISSUES),
    changeSeed: fc.nat(),
    retroactive: fc.integer({ min: 1, max: 4 }).map((n) => n === 1),
    moves: fc.array(aMove, { minLength: 1, maxLength: 2 }),
    replyTo: fc.option(fc.nat(), { nil: null, freq: 3 }),
    /** A note sets a deadline (issue 11) when this is not null: its window, warning, what meets it, who acts. */
    deadline: fc.option(
      fc.record({
        within: fc.integer({ min: 2, max: 40 }),
        warn: fc.integer({ min: 1, max: 8 }),
        meets: fc.constantFrom('reply', 'cable'),
        actors: fc.uniqueArray(fc.nat(people - 1), { minLength: 1, maxLength: 2 }),
      }),
      { nil: null, freq: 2 },
    ),
  });
export type Intent = typeof anIntent extends (...args: never[]) => fc.Arbitrary<infer T> ? T : never;

export const aWorld = fc
  .record({
    people: fc.integer({ min: 4, max: 6 }),
    groups: fc.integer({ min: 2, max: 3 }),
    commons: fc.integer({ min: 12, max: 18 }),
  })
  .chain((size) =>
    fc.record({
      size: fc.constant(size),
      postOf: fc.array(fc.nat(1), { minLength: size.people, maxLength: size.people }),
      observerIsPrincipal: fc.integer({ min: 1, max: 3 }).map((n) => n > 1),
      observerViaApiToken: fc.boolean(),
      spans: fc.array(
        fc.record({
          group: fc.nat(size.groups - 1),
          person: fc.nat(size.people - 1),
          from: fc.nat(tickOfCommon(size.commons)),
          length: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null, freq: 2 }),
        }),
        { minLength: 2 * size.groups, maxLength: 3 * size.people },
      ),
      commons: fc.array(anIntent(size.people, size.groups), {
        minLength: size.commons,
        maxLength: size.commons,
      }),
      /** Extra cables P may not read, each registered just before common cable `before`. */
      hidden: fc.array(
        fc.record({ before: fc.nat(size.commons - 1), intent: anIntent(size.people, size.groups) }),
        { minLength: 4, maxLength: 12 },
      ),
    }),
  );
export type World = typeof aWorld extends fc.Arbitrary<infer T> ? T : never;

/** The principals of the conference: p1 always (so someone but P can direct), and P when the world says so. */
export function principalsOf(world: World): string[] {
  return world.observerIsPrincipal ? [OBSERVER, 'p1'] : ['p1'];
}

/**
 * A mandate change that can never clash with another, whatever was registered
 * before it: the same ladder each time, red lines on numbers (never on steps
 * of the ladder), linkages on every move (never on named steps).
 */
function changeOf(seed: number, label: string) {
  const words = `clause qzc${label}k`;
  switch (seed % 3) {
    case 0:
      return {
        op: 'set-ladder',
        ladder: LADDER.map((id) => ({ id, label: `Position ${id}` })),
        authority: LADDER[seed % LADDER.length],
      };
    case 1: {
      const bound = 10 + (seed % 81);
      const direction = seed % 2 === 0 ? 'more-is-better' : 'less-is-better';
      const rule = { type: 'numeric-bound', bound, unit: UNIT, direction };
      return {
        op: 'add-red-line',
        redLine: { id: `rl-${label}`, description: `Never past ${bound}: ${words}`, rule },
      };
    }
    default: {
      const issue = ISSUES[seed % ISSUES.length]!;
      const condition = { type: 'their-move', issue };
      return {
        op: 'add-linkage',
        linkage: { id: `lk-${label}`, description: `After they move on ${issue}: ${words}`, condition },
      };
    }
  }
}

/**
 * The draft of a cable, or null when the intent cannot make one. A hidden
 * cable (`hidden`) never reaches P: P is not its author, not named, excluded
 * from every group it names, and not its relay.
 */
export function draftOf(
  world: World,
  intent: Intent,
  label: string,
  options: { hidden: boolean; tick: number; replyTo: (author: string) => string | null },
): { author: string; draft: CableDraftInput } | null {
  const people = world.size.people;
  const principals = principalsOf(world).filter((p) => !options.hidden || p !== OBSERVER);
  const kind = intent.kind;
  // Only a principal may direct: a directive is written by one of them.
  let author =
    kind === 'directive' ? principals[intent.author % principals.length]! : personId(intent.author);
  if (options.hidden && author === OBSERVER) author = personId(1 + (intent.author % (people - 1)));
  const allowed = (id: string) => id !== author && !(options.hidden && id === OBSERVER);
  const eyesOnly = intent.eyesOnly;
  let to = intent.to.filter((id) => allowed(id) && !(eyesOnly && id.startsWith('g')));
  const named = to.filter((id) => id.startsWith('p'));
  const someone = Array.from({ length: people }, (_, i) => personId((intent.author + 1 + i) % people)).find(
    allowed,
  );
  if (named.length === 0 && someone) to = [...to, someone];
  if (!to.some((id) => id.startsWith('p'))) return null;
  const replyTo = options.replyTo(author);
  const info = intent.info.filter((id) => allowed(id) && !to.includes(id));
  const namesGroup = to.some((id) => id.startsWith('g'));
  const exclude = options.hidden && namesGroup ? [OBSERVER] : [];
  const body = `The ${COMMON_WORD} of cable ${label} carries the word qzc${label}k.`;
  const base: CableDraftInput = {
    to,
    info,
    exclude,
    precedence: 'PRIORITY',
    classification: 'SECRET',
    captions: eyesOnly ? ['EYES ONLY'] : [],
    kind,
    subject: `Cable ${label}`,
    issues: [intent.issue],
    body,
    ...(replyTo ? { inReplyTo: replyTo } : {}),
  };
  if (kind === 'directive') {
    const effectiveAt = intent.retroactive ? { effectiveAt: instantOf(Math.max(0, options.tick - 9)) } : {};
    const payload = {
      type: 'mandate-amendment',
      conference: CONFERENCE,
      issue: intent.issue,
      changes: [changeOf(intent.changeSeed, label)],
      ...effectiveAt,
    };
    return { author, draft: { ...base, conference: CONFERENCE, payload } };
  }
  if (kind === 'report') {
    const moves = intent.moves.map(({ issue, side, type, terms }, i) => ({
      issue,
      side,
      type,
      ...terms,
      ...(side === 'theirs' ? { party: 'them' } : {}),
      summary: `Move ${i} of ${label}`,
    }));
    return {
      author,
      draft: { ...base, conference: CONFERENCE, payload: { type: 'moves', conference: CONFERENCE, moves } },
    };
  }
  if (intent.deadline) {
    const { within, warn, meets, actors } = intent.deadline;
    const deadline = {
      id: `d-${label}`,
      description: `Answer in time: qzc${label}k`,
      due: { type: 'within', of: { type: 'registration' }, within: { minutes: within } },
      meets: meets === 'reply' ? { type: 'reply' } : { type: 'cable', kind: 'report', issue: intent.issue },
      actors: actors.map(personId),
      notify: [author],
      warn: [{ minutes: warn }],
    };
    const payload = { type: 'deadlines', conference: CONFERENCE, deadlines: [deadline] };
    return { author, draft: { ...base, conference: CONFERENCE, payload } };
  }
  return { author, draft: base };
}

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import {
  CABLE_KINDS,
  type CableDraftInput,
  DomainError,
  DRAFT_KINDS,
  PRECEDENCES,
} from '../../src/core/index.js';
import type { CableSummary, CableView } from '../../src/http/schemas/cable-schemas.js';
import { hashPassword } from '../../src/services/accounts/authenticate.js';
import { recordRelease } from '../../src/services/archive/release/record-release.js';
import { withdrawRelease } from '../../src/services/archive/release/withdraw-release.js';
import { registerCable } from '../../src/services/cables/register-cable.js';
import { fireDeadlineAlerts } from '../../src/services/deadlines/fire-deadline-alerts.js';
import { applySetupDocument } from '../../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import type { Services } from '../../src/services/services.js';
import { buildTestApp } from '../support/build-test-app.js';
import { EventStream } from '../support/event-stream.js';
import { issueApiToken, logInInProcess, type Session } from '../support/login.js';
import { openTestServices } from '../support/open-test-services.js';
import { PLANNED, PRINCIPALS, payloadOf, planOf, SESSION } from './access-proof-derived.js';

/**
 * The access proof (issue #4, PRODUCT.md §Non-negotiables): in random
 * organisations whose groups change over time, every person learns of exactly
 * the cables they may read, through every path a cable can leak by: opening it
 * (by id and by registry number), the inbox, threads and links, search hits,
 * counts and filters, live push, the reader's export, and replies; and what is
 * derived from cables (issue 12): verdicts on reports, mandates and their
 * histories, the moves of a conference, alerts, "what if" and re-evaluation;
 * the overview, deadlines and their alerts (issue 11). Releases (issue 15)
 * widen the reading paths, and only those, to whom they name from their date.
 * Who may read is written out again here, independently of `readersOf`.
 */

const SEED = process.env.PLENIPO_PROOF_SEED ? Number(process.env.PLENIPO_PROOF_SEED) : 19_451_206;
const ORGANISATIONS = 5;
const MIN_CHECKS = 100_000;

const CLASSIFICATIONS = ['RESTRICTED', 'SECRET', 'TOP SECRET'];
const ISSUES = ['trieste', 'reparations', 'dodecanese', 'danube'];
const CONFERENCES = ['paris', 'moscow'];
/** A word every cable body holds, for the search that should find everything the reader may read. */
const COMMON_WORD = 'communique';

// Registration k happens at tick 2(k+1); group memberships begin and end on any tick, so a good
// half of them change on the very instant a cable is registered (from is inclusive, until exclusive).
const TICK_MS = 3_600_000;
const EPOCH = Date.UTC(1946, 3, 25);
const tickOfSlot = (slot: number) => 2 * (slot + 1);
const instantOf = (tick: number) => new Date(EPOCH + tick * TICK_MS).toISOString();
/** The registry's own setup entry and the organisation's come before any cable. */
const SETUP_ENTRIES = 2;
/** The organisation is set up the day before the first registration. */
const SET_UP_AT = new Date(EPOCH - 24 * TICK_MS).toISOString();

/** An instant written as UTC with and without milliseconds, in Moscow time and in New York time. */
function spelled(tick: number, spelling: number): string {
  const at = EPOCH + tick * TICK_MS;
  if (spelling === 0) return new Date(at).toISOString();
  const offset = [0, 0, 180, -300][spelling]!;
  const local = new Date(at + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const hours = String(Math.abs(offset) / 60).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hours}:00`;
}

const personId = (index: number) => `p${index}`;
const groupId = (index: number) => `g${index}`;
const postId = (index: number) => `post${index}`;
const isGroup = (id: string) => id.startsWith('g');
/** A word planted in one cable's body and nowhere else. */
const wordOf = (slot: number) => `qzc${slot}k`;
/**
 * A word planted in one cable's payload (a directive's clauses, a report's
 * moves) and nowhere else: derived views quote it. It is checked for access,
 * not as READ-OUT text: READ-OUT withholds a cable's body, not what is derived
 * from its payload (docs/security.md, out of scope).
 */
const clauseWordOf = (slot: number) => `qzv${slot}k`;

// ---------------------------------------------------------------------------------------------
// Random organisations and the cables registered in them

const aSize = fc.record({
  posts: fc.integer({ min: 2, max: 3 }),
  people: fc.integer({ min: 8, max: 20 }),
  groups: fc.integer({ min: 2, max: 5 }),
  cables: fc.integer({ min: 30, max: 150 }),
});
type Size = typeof aSize extends fc.Arbitrary<infer T> ? T : never;

const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((drawn) => drawn === 1);

function aPlanIn(size: Size) {
  const aPerson = fc.nat(size.people - 1);
  const anAddressee = fc.oneof(aPerson.map(personId), fc.nat(size.groups - 1).map(groupId));
  return fc.record({
    author: aPerson,
    to: fc.uniqueArray(anAddressee, { minLength: 1, maxLength: 4 }),
    info: fc.uniqueArray(anAddressee, { maxLength: 3 }),
    exclude: fc.uniqueArray(aPerson, { maxLength: 3 }),
    via: fc.option(aPerson, { nil: null, freq: 2 }),
    eyesOnly: oneIn(5),
    readOut: oneIn(5),
    precedence: fc.constantFrom(...PRECEDENCES),
    classification: fc.constantFrom(...CLASSIFICATIONS),
    kind: fc.constantFrom(...DRAFT_KINDS),
    issues: fc.subarray(ISSUES, { maxLength: 2 }),
    conference: fc.option(fc.constantFrom(...CONFERENCES), { nil: null, freq: 2 }),
    inReplyTo: fc.option(fc.nat(), { nil: null, freq: 2 }),
    refs: fc.array(fc.nat(), { maxLength: 2 }),
    /** Most references name a cable the author may read; these may name any earlier cable. */
    referAnywhere: oneIn(4),
    referByNumber: fc.boolean(),
  });
}
type Plan = typeof aPlanIn extends (size: Size) => fc.Arbitrary<infer T> ? T : never;

const aWorld = aSize.chain((size) => {
  const lastTick = tickOfSlot(size.cables + 1);
  const aSpan = fc.record({
    group: fc.nat(size.groups - 1),
    person: fc.nat(size.people - 1),
    from: fc.nat(lastTick),
    length: fc.option(fc.integer({ min: 1, max: lastTick }), { nil: null, freq: 3 }),
    spelling: fc.nat(3),
  });
  return fc.record({
    size: fc.constant(size),
    postOf: fc.array(fc.nat(size.posts - 1), { minLength: size.people, maxLength: size.people }),
    viaApiToken: fc.array(fc.boolean(), { minLength: size.people, maxLength: size.people }),
    spans: fc.array(aSpan, { minLength: 2 * size.groups, maxLength: 4 * size.people }),
    plans: fc.array(aPlanIn(size), { minLength: size.cables, maxLength: size.cables }),
    live: fc.record({ start: fc.nat(size.cables - 6), length: fc.integer({ min: 5, max: 25 }) }),
    pageSize: fc.integer({ min: 4, max: 30 }),
    releases: fc.array(aRelease(size), { maxLength: 6 }),
  });
});

/**
 * A release (issue 15) of one cable to a person, a group (its members at the
 * release's date) or the public: in force now, not yet (dated far ahead), or
 * in force once and withdrawn since.
 */
function aRelease(size: Size) {
  return fc.record({
    slot: fc.nat(size.cables - 1),
    audience: fc.oneof(
      fc.nat(size.people - 1).map((person) => ({ people: [personId(person)] })),
      fc.nat(size.groups - 1).map((group) => ({ groups: [groupId(group)] })),
      fc.constant({ public: true }),
    ),
    when: fc.constantFrom('in force', 'not yet', 'withdrawn'),
  });
}
type World = typeof aWorld extends fc.Arbitrary<infer T> ? T : never;
type Span = World['spans'][number];

// ---------------------------------------------------------------------------------------------
// What each person may read, worked out here and not by the code under test

/** A registered cable as the proof expects it to be seen. */
interface Expected {
  id: string;
  number: string;
  author: string;
  readers: ReadonlySet<string>;
  /** The planted word, or null for a reply registered in the last step. */
  word: string | null;
  readOut: boolean;
  kind: string;
  issues: readonly string[];
  conference: string | null;
  inReplyTo: string | null;
  refs: readonly string[];
  /** The type of the payload it carries: a directive's amendment, a report's moves, or none. */
  payload: string | null;
  /** The word planted in its payload, if it has one. */
  clauseWord?: string;
  /** Whom a release in force now widened it to (issue 15): people, and `*` for everyone. */
  released: Set<string>;
}

/** Whether `person` may read `cable` now: a reader fixed at registration, or one a release in force widened it to. */
function mayReadNow(cable: Expected, person: string): boolean {
  return cable.readers.has(person) || cable.released.has(person) || cable.released.has('*');
}

function isMemberAt(span: Span, tick: number): boolean {
  return span.from <= tick && (span.length === null || tick < span.from + span.length);
}

/**
 * The readers the product promises (PRODUCT.md §Cable): the author, the people
 * named, the members of the groups named as they were at registration less the
 * excluded, and the relay.
 */
function expectedReaders(world: World, author: string, draft: CableDraftInput, tick: number): Set<string> {
  const exclude = draft.exclude ?? [];
  const readers = new Set([author]);
  for (const id of [...draft.to, ...(draft.info ?? [])]) {
    if (!isGroup(id)) readers.add(id);
    for (const span of world.spans) {
      const member = personId(span.person);
      if (groupId(span.group) === id && isMemberAt(span, tick) && !exclude.includes(member))
        readers.add(member);
    }
  }
  if (draft.via) readers.add(draft.via);
  return readers;
}

/** The field a registration must be refused on, in the order the service checks: readers, then references. */
function expectedRefusal(readers: Set<string>, author: string, draft: CableDraftInput, byRef: Lookup) {
  if (readers.size === 1) return 'to';
  if (draft.inReplyTo && !byRef(draft.inReplyTo)!.readers.has(author)) return 'inReplyTo';
  const unreadable = (draft.refs ?? []).findIndex((ref) => !byRef(ref)!.readers.has(author));
  return unreadable >= 0 ? `refs[${unreadable}]` : null;
}
type Lookup = (reference: string) => Expected | undefined;

/** Turns a plan into a draft that breaks no addressing rule, though it may reach nobody or refer badly. */
function draftOf(world: World, slot: number, plan: Plan, earlier: Expected[], isRollCall: boolean) {
  const author = personId(plan.author);
  const everyoneElse = world.postOf.map((_, i) => personId(i)).filter((id) => id !== author);
  const eyesOnly = plan.eyesOnly && !isRollCall;
  const onlyPeople = (ids: string[]) => (eyesOnly ? ids.filter((id) => !isGroup(id)) : ids);
  let to = isRollCall ? everyoneElse : onlyPeople(plan.to);
  if (to.length === 0) to = [everyoneElse[plan.author % everyoneElse.length]!];
  const info = isRollCall ? [] : onlyPeople(plan.info).filter((id) => !to.includes(id));
  const relay = plan.via === null ? null : personId(plan.via);
  const via = eyesOnly || isRollCall || relay === author ? null : relay;
  const exclude = isRollCall
    ? []
    : plan.exclude.map(personId).filter((id) => ![...to, ...info, author, via].includes(id));
  const candidates = plan.referAnywhere ? earlier : earlier.filter((cable) => cable.readers.has(author));
  const referTo = (n: number) => {
    const cable = candidates[n % candidates.length]!;
    return plan.referByNumber ? cable.number : cable.id;
  };
  const hasCandidates = candidates.length > 0 && !isRollCall;
  const draft: CableDraftInput = {
    to,
    info,
    exclude,
    ...(via ? { via } : {}),
    precedence: plan.precedence,
    classification: plan.classification,
    captions: [
      ...(eyesOnly ? (['EYES ONLY'] as const) : []),
      ...(plan.readOut ? (['READ-OUT'] as const) : []),
    ],
    kind: plan.kind,
    subject: `Cable ${slot} of the proof`,
    issues: plan.issues,
    ...(plan.conference ? { conference: plan.conference } : {}),
    ...(hasCandidates && plan.inReplyTo !== null ? { inReplyTo: referTo(plan.inReplyTo) } : {}),
    refs: hasCandidates ? plan.refs.map(referTo) : [],
    body: `The ${COMMON_WORD} of slot ${slot} carries the word ${wordOf(slot)}.`,
  };
  const issue = plan.issues[0] ?? ISSUES[0]!;
  const carried = isRollCall ? null : payloadOf(draft.conference, author, issue, slot, clauseWordOf(slot));
  return { author, draft: carried ? { ...draft, ...carried } : draft };
}

/** Cables joined into threads (a union-find: each thread is known by its root). */
class Threads {
  readonly #parent = new Map<string, string>();

  root(id: string): string {
    let root = id;
    while (this.#parent.has(root)) root = this.#parent.get(root)!;
    return root;
  }

  link(a: string, b: string): void {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra !== rb) this.#parent.set(ra, rb);
  }
}

/**
 * The threads a reader sees: cables they may read, joined by references either
 * way between cables they may read. A cable they may not read must look exactly
 * like one that does not exist (STYLE.md §Errors), so no thread runs through it.
 */
function threadsAsSeenBy(reader: string, cables: readonly Expected[]): Threads {
  const threads = new Threads();
  const readable = new Map(
    cables.filter((cable) => mayReadNow(cable, reader)).map((cable) => [cable.id, cable]),
  );
  for (const cable of readable.values()) {
    for (const target of [cable.inReplyTo, ...cable.refs]) {
      if (target && readable.has(target)) threads.link(cable.id, target);
    }
  }
  return threads;
}

// ---------------------------------------------------------------------------------------------
// The count of checks, and what a check is

/** One check: may `person` learn of `cable` through `path`, and do they? */
class Tally {
  total = 0;
  readonly byPath = new Map<string, number>();

  /** `where` narrows the path for the failure message, e.g. ` of P0 0012` for one thread. */
  check(path: string, person: string, cable: Expected, learns: boolean, mayLearn: boolean, where = ''): void {
    this.total += 1;
    this.byPath.set(path, (this.byPath.get(path) ?? 0) + 1);
    if (learns !== mayLearn) {
      const readers = [...cable.readers].sort().join(', ');
      const what = learns ? 'LEAK: is shown' : 'MISSING: is not shown';
      throw new Error(
        `${path}${where}: ${person} ${what} ${cable.number} (${cable.id}), whose readers are ${readers}`,
      );
    }
  }
}

/**
 * Checks for one caller; whether they may learn of a cable is, unless said otherwise, whether they may read it:
 * on a reading path (opening, inbox, thread, search, export) as releases widen it now; on what is derived
 * from cables and on replies, as its deliveries fix it (releases widen reading only).
 */
function checksFor(proof: Proof, caller: Caller, through: 'reading' | 'deliveries' = 'reading') {
  const mayRead = (cable: Expected) =>
    through === 'reading' ? mayReadNow(cable, caller.id) : cable.readers.has(caller.id);
  const check = (path: string, cable: Expected, learns: boolean, mayLearn = mayRead(cable), where = '') =>
    proof.tally.check(path, caller.id, cable, learns, mayLearn, where);
  return { mayRead, check };
}

/** A signed-in person: through a web session or an API token. */
interface Caller {
  id: string;
  viaApiToken: boolean;
  /** Request headers as the helpers' Session holds them (a token sends the same for reads and writes). */
  session: Session;
}

/** Everything one organisation's proof runs on. */
interface Proof {
  world: World;
  services: Services;
  app: FastifyInstance;
  tally: Tally;
  callers: Caller[];
  cables: Expected[];
  byRef: Map<string, Expected>;
  /** Every live stream opened, so that a failure still closes them. */
  streams: EventStream[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const REGISTRY_NUMBER = /P\d(?:T\d)?(?:\/[0-9A-Z]{6})? \d{4}/g;
const PLANTED_WORD = /qz[cv]\d+k/g;

/**
 * Nothing in an answer may name a cable the caller may not read: no id, no
 * registry number, no planted word. In a copy (an export, or any answer to an
 * API token) not even the words of a READ-OUT cable they may read.
 */
function expectMentionsOnlyReadable(proof: Proof, caller: Caller, text: string, isCopy: boolean) {
  const withholdsReadOut = isCopy || caller.viaApiToken;
  const named = [...text.matchAll(UUID), ...text.matchAll(REGISTRY_NUMBER), ...text.matchAll(PLANTED_WORD)];
  for (const [mention] of named) {
    const cable = proof.byRef.get(mention);
    if (!cable) continue;
    if (!mayReadNow(cable, caller.id)) {
      throw new Error(`LEAK: an answer to ${caller.id} names ${cable.number} as ${mention}`);
    }
    if (withholdsReadOut && cable.readOut && mention === cable.word) {
      throw new Error(
        `LEAK: a copy for ${caller.id} (export or API token) holds the READ-OUT text of ${cable.number}`,
      );
    }
  }
}

function get(proof: Proof, caller: Caller, url: string): Promise<LightMyRequestResponse> {
  return proof.app.inject({ method: 'GET', url, headers: caller.session.reads });
}

async function readJson<T>(proof: Proof, caller: Caller, url: string): Promise<T> {
  const response = await get(proof, caller, url);
  if (response.statusCode !== 200) throw new Error(`GET ${url} as ${caller.id}: HTTP ${response.statusCode}`);
  expectMentionsOnlyReadable(proof, caller, response.body, false);
  return response.json<T>();
}

/** Every page of a list, page by page: they must add up to the total, with no cable twice. */
async function everyPage<Answer extends { total: number }>(
  proof: Proof,
  caller: Caller,
  url: (offset: number) => string,
  itemsOf: (answer: Answer) => { id: string }[],
) {
  const ids: string[] = [];
  let last: Answer;
  do {
    last = await readJson<Answer>(proof, caller, url(ids.length));
    const items = itemsOf(last);
    ids.push(...items.map((item) => item.id));
    if (items.length === 0) break;
  } while (ids.length < last.total);
  expect(ids.length, `${url(0)}: the pages hold the total`).toBe(last.total);
  expect(new Set(ids).size, `${url(0)}: no cable twice`).toBe(ids.length);
  return { last, ids: new Set(ids) };
}

// ---------------------------------------------------------------------------------------------
// Setting up an organisation and registering its cables

async function setUpOrganisation(services: Services, world: World): Promise<void> {
  const { size } = world;
  const posts = Array.from({ length: size.posts }, (_, p) => p);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = world.postOf.map((post, i) => ({
    id: personId(i),
    name: `Person ${i}`,
    title: 'Delegate',
    post: postId(post),
  }));
  await applySetupDocument(
    { ...services, now: () => SET_UP_AT },
    OPERATOR,
    {
      classifications: [...CLASSIFICATIONS],
      posts: posts.map((p) => ({ id: postId(p), name: `Post ${p}`, place: 'Paris', zone: 'Europe/Paris' })),
      series: posts.flatMap((p) => [
        { code: `P${p}`, name: `From post ${p}`, fromPost: postId(p) },
        ...posts
          .filter((q) => q !== p)
          .map((q) => ({
            code: `P${p}T${q}`,
            name: `From post ${p} to ${q}`,
            fromPost: postId(p),
            toPost: postId(q),
          })),
      ]),
      conferences: CONFERENCES.map((id) => ({
        id,
        name: id,
        place: id,
        startsOn: '1946-04-25',
        endsOn: '1946-10-15',
        ...(id === PLANNED ? { plan: planOf(ISSUES) } : {}),
      })),
      people,
      groups: Array.from({ length: size.groups }, (_, g) => ({
        id: groupId(g),
        name: `Group ${g}`,
        description: 'A group of the proof',
        members: mergedSpans(world.spans.filter((span) => span.group === g)).map((span) => ({
          person: personId(span.person),
          from: spelled(span.from, span.spelling),
          ...(span.length === null ? {} : { until: spelled(span.from + span.length, span.spelling) }),
        })),
      })),
    },
    { passwordHashes: new Map(people.map((person) => [person.id, passwordHash])) },
  );
}

/**
 * A person's spans in one group as the registry holds them: overlapping or
 * touching spans joined into one (a membership never overlaps another of the
 * same person in the same group), covering the same instants as the generated ones.
 */
function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  const end = (span: Span) => (span.length === null ? Number.POSITIVE_INFINITY : span.from + span.length);
  for (const span of [...spans].sort((a, b) => a.person - b.person || a.from - b.from)) {
    const last = merged.at(-1);
    if (last && last.person === span.person && span.from <= end(last)) {
      const until = Math.max(end(last), end(span));
      last.length = until === Number.POSITIVE_INFINITY ? null : until - last.from;
    } else merged.push({ ...span });
  }
  return merged;
}

function signIn(app: FastifyInstance, world: World): Promise<Caller[]> {
  return Promise.all(
    world.postOf.map(async (_, i): Promise<Caller> => {
      const id = personId(i);
      if (!world.viaApiToken[i]) return { id, viaApiToken: false, session: await logInInProcess(app, id) };
      const headers = await issueApiToken(app, id);
      return { id, viaApiToken: true, session: { cookie: '', csrf: '', reads: headers, writes: headers } };
    }),
  );
}

/** Registers a planned cable through the service at its own instant; checks it is refused exactly when it must be. */
async function registerPlanned(proof: Proof, slot: number, plan: Plan, isRollCall: boolean) {
  const { author, draft } = draftOf(proof.world, slot, plan, proof.cables, isRollCall);
  const tick = tickOfSlot(slot);
  const readers = expectedReaders(proof.world, author, draft, tick);
  const refusal = expectedRefusal(readers, author, draft, (reference) => proof.byRef.get(reference));
  const atTheTime: Services = { ...proof.services, now: () => instantOf(tick) };
  let cable: Awaited<ReturnType<typeof registerCable>>;
  try {
    cable = await registerCable(atTheTime, author, draft);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'invalid-input') throw error;
    expect(error.field, `slot ${slot}: ${error.message}`).toBe(refusal);
    expect(await proof.services.store.registry.count(), `slot ${slot} wrote nothing`).toBe(
      proof.cables.length + SETUP_ENTRIES,
    );
    return null;
  }
  expect(refusal, `slot ${slot} is refused on ${refusal}`).toBeNull();
  // The deadline clock ticks at each registration: warnings and lapses are recorded as they fall due.
  await fireDeadlineAlerts(atTheTime);
  expect(cable.readers, `the readers of slot ${slot}`).toEqual([...readers].sort());
  const expected: Expected = {
    id: cable.id,
    number: cable.number,
    author,
    readers,
    word: wordOf(slot),
    readOut: plan.readOut,
    kind: cable.kind,
    issues: cable.issues,
    conference: cable.conference,
    inReplyTo: cable.inReplyTo,
    refs: cable.refs,
    payload: cable.payload?.type ?? null,
    ...(cable.payload ? { clauseWord: clauseWordOf(slot) } : {}),
    released: new Set(),
  };
  proof.cables.push(expected);
  remember(proof, expected);
  return expected;
}

function remember(proof: Proof, cable: Expected): void {
  for (const key of [cable.id, cable.number, cable.word, cable.clauseWord])
    if (key) proof.byRef.set(key, cable);
}

/**
 * Registers every planned cable in order. Each person listens live through a
 * window of registrations, which ends with a roll-call cable to everyone: each
 * stream delivers in order, so once it has the roll-call, nothing else is coming.
 */
async function registerAll(proof: Proof, baseUrl: string): Promise<void> {
  const { plans, live } = proof.world;
  const rollCall = Math.min(live.start + live.length, plans.length - 1);
  const heard: Expected[] = [];
  let streams: Map<Caller, EventStream> | null = null;
  for (const [slot, plan] of plans.entries()) {
    if (slot === live.start) streams = await listenAll(proof, baseUrl);
    const cable = await registerPlanned(proof, slot, plan, slot === rollCall);
    if (streams && cable) heard.push(cable);
    if (streams && slot === rollCall) {
      await checkLivePush(proof, streams, heard, cable!);
      streams = null;
    }
  }
}

async function listenAll(proof: Proof, baseUrl: string): Promise<Map<Caller, EventStream>> {
  const streams = new Map<Caller, EventStream>();
  for (const caller of proof.callers) {
    const stream = await EventStream.open(baseUrl, caller.session);
    proof.streams.push(stream);
    streams.set(caller, stream);
  }
  return streams;
}

// ---------------------------------------------------------------------------------------------
// The paths

/** (e) Live push: what each person's stream carried while the window's cables were registered. */
async function checkLivePush(
  proof: Proof,
  streams: Map<Caller, EventStream>,
  window: Expected[],
  rollCall: Expected,
) {
  for (const [caller, stream] of streams) {
    const { mayRead, check } = checksFor(proof, caller);
    const events = await stream.until((data) => data.includes(rollCall.id));
    for (const event of events) expectMentionsOnlyReadable(proof, caller, event.data, false);
    // Alerts arrive on the same stream: they are checked by the mention check, and by (h).
    const cables = events.filter((event) => event.event === 'cable');
    const arrived = cables.map((event) => (JSON.parse(event.data) as CableSummary).id);
    for (const cable of window) check('live push', cable, arrived.includes(cable.id));
    const inOrder = window.filter(mayRead).map((cable) => cable.id);
    expect(arrived, `what reached ${caller.id} live, in order`).toEqual(inOrder);
    await stream.close();
  }
}

/** (b) Both boxes of the inbox, page by page, with their totals and unread counts. */
async function checkInbox(proof: Proof, caller: Caller) {
  const { mayRead, check } = checksFor(proof, caller);
  for (const box of ['in', 'sent'] as const) {
    const { last, ids } = await everyPage<{ total: number; unread: number; cables: CableSummary[] }>(
      proof,
      caller,
      (offset) => `/api/inbox?box=${box}&limit=${proof.world.pageSize}&offset=${offset}`,
      (answer) => answer.cables,
    );
    for (const cable of proof.cables) {
      const isInBox = (cable.author === caller.id) === (box === 'sent');
      check(`inbox ${box}`, cable, ids.has(cable.id), mayRead(cable) && isInBox);
    }
    // Nothing has been opened yet: every cable in, and none sent, is unread; but a cable a release
    // widened to them was never delivered, so it carries no receipt to be unread.
    const releasedIn = proof.cables.filter(
      (cable) => !cable.readers.has(caller.id) && mayRead(cable) && cable.author !== caller.id,
    ).length;
    expect(last.unread, `${caller.id}'s unread ${box}`).toBe(box === 'in' ? last.total - releasedIn : 0);
  }
}

/** (f) The reader's export: exactly what they may read, in chain order, READ-OUT bodies withheld. */
async function checkExport(proof: Proof, caller: Caller) {
  const response = await get(proof, caller, '/api/export');
  expect(response.statusCode).toBe(200);
  expectMentionsOnlyReadable(proof, caller, response.body, true);
  const views = response.body
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CableView);
  const { mayRead, check } = checksFor(proof, caller);
  const exported = new Set(views.map((view) => view.id));
  for (const cable of proof.cables) check('export', cable, exported.has(cable.id));
  const inChainOrder = proof.cables.filter(mayRead).map((cable) => cable.id);
  expect(views.map((view) => view.id)).toEqual(inChainOrder);
  for (const view of views) {
    if (proof.byRef.get(view.id)!.readOut) expect(view).toMatchObject({ body: null, withheld: 'READ-OUT' });
  }
}

interface Found {
  total: number;
  hits: (CableSummary & { snippet: string })[];
}

/** (d) Search: each planted word, the word every cable holds, and every filter, with their totals. */
async function checkSearch(proof: Proof, caller: Caller) {
  const { mayRead, check } = checksFor(proof, caller);
  for (const cable of proof.cables) {
    const found = await readJson<Found>(proof, caller, `/api/search?q=${cable.word}`);
    expect(found.total, `hits for ${cable.word}`).toBeLessThanOrEqual(1);
    check(
      'search hits',
      cable,
      found.hits.some((hit) => hit.id === cable.id),
    );
    check('search total', cable, found.total === 1);
  }
  const filters: [path: string, query: string, matches: (cable: Expected) => boolean][] = [
    ['search by word', `q=${COMMON_WORD}`, () => true],
    ...ISSUES.map((issue) => filter('issue', issue, (cable) => cable.issues.includes(issue))),
    ...proof.callers.map(({ id }) => filter('author', id, (cable) => cable.author === id)),
    ...CABLE_KINDS.map((kind) => filter('kind', kind, (cable) => cable.kind === kind)),
    ...CONFERENCES.map((id) => filter('conference', id, (cable) => cable.conference === id)),
  ];
  for (const [path, query, matches] of filters) {
    const { ids } = await everyPage<Found>(
      proof,
      caller,
      (offset) => `/api/search?${query}&limit=${proof.world.pageSize}&offset=${offset}`,
      (answer) => answer.hits,
    );
    for (const cable of proof.cables) check(path, cable, ids.has(cable.id), mayRead(cable) && matches(cable));
  }
}

function filter(name: string, value: string, matches: (cable: Expected) => boolean) {
  return [`search by ${name}`, `${name}=${value}`, matches] as [string, string, (cable: Expected) => boolean];
}

/**
 * (h) What is derived from cables: each mandate and its history of directives,
 * the moves of the planned conference, alerts, "what if" on every issue, and a
 * principal's re-evaluation. Every answer passes the mention check (no id,
 * number or planted word of a cable the caller may not read, and the planted
 * words are in the directives' clauses); a directive is in a history, and a
 * report's moves in the list, exactly when the caller may read it.
 */
async function checkDerived(proof: Proof, caller: Caller) {
  const { mayRead, check } = checksFor(proof, caller, 'deliveries');
  const conference = `/api/conferences/${PLANNED}`;
  await readJson(proof, caller, `${conference}/mandates`);
  const inHistory = new Set<string>();
  for (const issue of ISSUES) {
    const view = await readJson<{ history: { directive: { id: string } }[] }>(
      proof,
      caller,
      `${conference}/mandates/${issue}`,
    );
    for (const entry of view.history) inHistory.add(entry.directive.id);
  }
  const { moves } = await readJson<{ moves: { report: { id: string } }[] }>(
    proof,
    caller,
    `${conference}/moves`,
  );
  const listed = new Set(moves.map((move) => move.report.id));
  // The record and the map (issue 13): every view passes the mention check; an account is in its session's record
  // exactly when the caller may read it.
  await readJson(proof, caller, `${conference}/sessions`);
  await readJson(proof, caller, `${conference}/map`);
  for (const issue of ISSUES) await readJson(proof, caller, `${conference}/map/${issue}`);
  const record = await readJson<{ accounts: { cable: { id: string } }[] }>(
    proof,
    caller,
    `${conference}/sessions/${SESSION}/record`,
  );
  const recorded = new Set(record.accounts.map((account) => account.cable.id));
  const { alerts } = await readJson<{ alerts: { report: { id: string } }[] }>(proof, caller, '/api/alerts');
  const alerted = new Set(alerts.map((alert) => alert.report.id));
  const planned = (cable: Expected) => cable.conference === PLANNED;
  for (const cable of proof.cables) {
    check(
      'mandate history',
      cable,
      inHistory.has(cable.id),
      mayRead(cable) && cable.payload === 'mandate-amendment' && planned(cable),
    );
    check(
      'moves',
      cable,
      listed.has(cable.id),
      mayRead(cable) && cable.payload === 'moves' && planned(cable),
    );
    check(
      'record',
      cable,
      recorded.has(cable.id),
      mayRead(cable) && cable.payload === 'record' && planned(cable),
    );
    // An alert is raised only on some reports: what matters is that none is about a report the caller may not read.
    check('alerts', cable, alerted.has(cable.id), alerted.has(cable.id) && mayRead(cable));
  }
  for (const issue of ISSUES) {
    const move = { issue, type: 'concession', value: 50, unit: 'pct', summary: 'What if' };
    const response = await proof.app.inject({
      method: 'POST',
      url: `${conference}/check`,
      headers: caller.session.writes,
      payload: { move },
    });
    expect(response.statusCode).toBe(200);
    expectMentionsOnlyReadable(proof, caller, response.body, false);
  }
  if (PRINCIPALS.includes(caller.id)) {
    const response = await proof.app.inject({
      method: 'POST',
      url: `${conference}/reevaluate`,
      headers: caller.session.writes,
    });
    expect(response.statusCode).toBe(200);
    expectMentionsOnlyReadable(proof, caller, response.body, false);
  }
}

/**
 * (i) The desk and deadlines (issue 11), and the pages around the organisation
 * (the first run, the administrator's, the caller's own): every answer passes
 * the mention check; a deadline is listed exactly when the caller may read the
 * cable that set it (among theirs, when they must act or were told), and
 * neither a deadline alert nor the overview names a cable they may not read.
 */
async function checkDeskAndDeadlines(proof: Proof, caller: Caller) {
  const { mayRead, check } = checksFor(proof, caller, 'deliveries');
  type Deadlines = { deadlines: { cable: { id: string } }[] };
  const idsOf = (answer: Deadlines) => new Set(answer.deadlines.map((deadline) => deadline.cable.id));
  const listed = idsOf(await readJson<Deadlines>(proof, caller, `/api/conferences/${PLANNED}/deadlines`));
  const mine = idsOf(await readJson<Deadlines>(proof, caller, '/api/deadlines'));
  const { alerts } = await readJson<{ alerts: { cable: { id: string } }[] }>(
    proof,
    caller,
    '/api/deadline-alerts',
  );
  const alerted = new Set(alerts.map((alert) => alert.cable.id));
  const overview = await readJson<Record<string, ({ id: string } | { report: { id: string } })[]>>(
    proof,
    caller,
    '/api/overview',
  );
  const onDesk = new Set(
    Object.values(overview).flatMap((list) =>
      list.map((entry) => ('report' in entry ? entry.report : entry).id),
    ),
  );
  for (const cable of proof.cables) {
    const setsDeadline = cable.payload === 'deadlines' && cable.conference === PLANNED;
    const isMine = PRINCIPALS.includes(caller.id) || cable.author === caller.id;
    check('deadlines', cable, listed.has(cable.id), mayRead(cable) && setsDeadline);
    check('my deadlines', cable, mine.has(cable.id), mayRead(cable) && setsDeadline && isMine);
    check('deadline alerts', cable, alerted.has(cable.id), alerted.has(cable.id) && mayRead(cable));
    check('overview', cable, onDesk.has(cable.id), onDesk.has(cable.id) && mayRead(cable));
  }
  for (const url of [
    '/api/me',
    '/api/instance',
    '/api/first-run',
    '/api/admin/audit',
    '/api/admin/organisation',
  ]) {
    const response = await get(proof, caller, url);
    expect(response.statusCode, `GET ${url} as ${caller.id}`).toBeLessThan(500);
    expectMentionsOnlyReadable(proof, caller, response.body, false);
  }
}

/** `P0T1 0012` as someone might type it: `p0t1-12`. */
const looseNumber = (number: string) => number.toLowerCase().replace(/ 0*/, '-');

/** (a) Opening each cable by id, by registry number and by a loosely typed number; (c) threads and links. */
async function checkOpening(proof: Proof, caller: Caller) {
  const { check } = checksFor(proof, caller);
  const open = (reference: string) => get(proof, caller, `/api/cables/${encodeURIComponent(reference)}`);
  const missing = await open(randomUUID());
  expect(missing.statusCode).toBe(404);
  for (const nowhere of ['P0 9999', 'p0-9999']) expect((await open(nowhere)).body).toBe(missing.body);
  const threads = threadsAsSeenBy(caller.id, proof.cables);
  for (const [n, cable] of proof.cables.entries()) {
    const forms: [string, string][] = [
      ['id', cable.id],
      ['number', cable.number],
    ];
    // A loosely typed number is parsed into the number itself: a sample of them is enough.
    if (n % 4 === 0) forms.push(['loose number', looseNumber(cable.number)]);
    for (const [form, reference] of forms) {
      const response = await open(reference);
      const opened = response.statusCode === 200;
      if (opened) {
        expectMentionsOnlyReadable(proof, caller, response.body, false);
        expect(response.json<{ cable: CableView }>().cable.id).toBe(cable.id);
      } else if (response.statusCode !== 404 || response.body !== missing.body) {
        throw new Error(
          `LEAK: ${caller.id} opening ${reference} is answered unlike a missing cable: ${response.body}`,
        );
      }
      check(`open by ${form}`, cable, opened);
      if (opened && form === 'id') checkThreadAndLinks(proof, caller, threads, cable, response.json());
    }
  }
}

function checkThreadAndLinks(
  proof: Proof,
  caller: Caller,
  threads: Threads,
  opened: Expected,
  answer: { cable: CableView; thread: CableSummary[] },
) {
  const { mayRead, check } = checksFor(proof, caller);
  const inThread = new Set(answer.thread.map((entry) => entry.id));
  const thread = threads.root(opened.id);
  for (const cable of proof.cables) {
    const belongs = mayRead(cable) && threads.root(cable.id) === thread;
    check('thread', cable, inThread.has(cable.id), belongs, ` of ${opened.number}`);
  }
  const view = answer.cable;
  const linkTo = ({ id, number }: Expected) => ({ id, number });
  const answered = opened.inReplyTo ? proof.byRef.get(opened.inReplyTo)! : null;
  if (answered) check('links', answered, view.inReplyTo !== null, mayRead(answered), ` of ${opened.number}`);
  expect(view.inReplyTo).toEqual(answered && mayRead(answered) ? linkTo(answered) : null);
  const referred = opened.refs.map((id) => proof.byRef.get(id)!);
  const linked = new Set(view.refs.map((ref) => ref.id));
  for (const cable of referred)
    check('links', cable, linked.has(cable.id), mayRead(cable), ` of ${opened.number}`);
  expect(view.refs).toEqual(referred.filter(mayRead).map(linkTo));
  expect(view.body === null, 'a READ-OUT body is withheld from API tokens').toBe(
    caller.viaApiToken && opened.readOut,
  );
  expect(view.withheld).toBe(view.body === null ? 'READ-OUT' : null);
}

/** (g) A reply to each cable is registered exactly when its author may read that cable; a refusal reveals nothing. */
async function checkReplies(proof: Proof, caller: Caller) {
  const post = (inReplyTo: string, to: string) =>
    proof.app.inject({
      method: 'POST',
      url: '/api/cables',
      headers: caller.session.writes,
      payload: {
        to: [to],
        precedence: 'ROUTINE',
        classification: 'SECRET',
        kind: 'reply',
        subject: `A reply by ${caller.id}`,
        body: 'Noted.',
        inReplyTo,
      },
    });
  const { check } = checksFor(proof, caller, 'deliveries');
  const someoneElse = proof.callers.find((other) => other !== caller)!.id;
  const missing = { id: randomUUID(), number: 'P0 9999' };
  const refusalFor = new Map<string, string>();
  for (const [form, reference] of Object.entries(missing)) {
    const response = await post(reference, someoneElse);
    expect(response.statusCode).toBe(400);
    refusalFor.set(form, response.body.replaceAll(reference, '<reference>'));
  }
  for (const [n, cable] of proof.cables.entries()) {
    const form = n % 2 === 0 ? 'id' : 'number';
    const reference = form === 'id' ? cable.id : cable.number;
    const addressee = cable.author === caller.id ? someoneElse : cable.author;
    const response = await post(reference, addressee);
    const accepted = response.statusCode === 201;
    if (accepted) {
      const reply = response.json<{ cable: CableView }>().cable;
      expect(reply.readers).toEqual([caller.id, addressee].sort());
      remember(proof, {
        id: reply.id,
        number: reply.number,
        author: caller.id,
        readers: new Set(reply.readers),
        word: null,
        readOut: false,
        kind: 'reply',
        issues: [],
        conference: null,
        inReplyTo: cable.id,
        refs: [],
        payload: null,
        released: new Set(),
      });
      expectMentionsOnlyReadable(proof, caller, response.body, false);
    } else if (response.body.replaceAll(reference, '<reference>') !== refusalFor.get(form)) {
      throw new Error(
        `LEAK: a reply by ${caller.id} to ${reference} is refused unlike one to a missing cable: ${response.body}`,
      );
    }
    check('reply', cable, accepted);
  }
}

/** The moment a release in force dates from, and the withdrawal of one that no longer is. */
const RELEASED_FROM = '1990-01-01';
const WITHDRAWN_FROM = '2000-01-01';

/**
 * Records the world's releases through the archive's service, as the
 * registry's operator, and works out here whom each widens its cable to now.
 * A group is taken with its members at the release's date; a group with none
 * then makes the release be refused, naming the audience.
 */
async function releaseSome(proof: Proof): Promise<void> {
  const releasedTick = (Date.parse(RELEASED_FROM) - EPOCH) / TICK_MS;
  for (const { slot, audience, when } of proof.world.releases) {
    const cable = proof.byRef.get(wordOf(slot));
    if (!cable) continue;
    const widened = new Set<string>(
      'people' in audience ? audience.people : 'public' in audience ? ['*'] : [],
    );
    if ('groups' in audience)
      for (const span of proof.world.spans)
        if (groupId(span.group) === audience.groups[0] && isMemberAt(span, releasedTick))
          widened.add(personId(span.person));
    const request = {
      scope: { cables: [cable.number] },
      audience,
      from: when === 'not yet' ? '2999-01-01' : RELEASED_FROM,
    };
    try {
      const made = await recordRelease(proof.services, { operator: true }, request);
      if (when === 'withdrawn')
        await withdrawRelease(proof.services, { operator: true }, made.entry.number, {
          from: WITHDRAWN_FROM,
          reason: 'withdrawn by the proof',
        });
    } catch (error) {
      if (!(error instanceof DomainError) || error.field !== 'audience') throw error;
      expect(widened.size, `a release to ${JSON.stringify(audience)} is refused only without members`).toBe(
        0,
      );
      continue;
    }
    if (when === 'in force') for (const reader of widened) cable.released.add(reader);
  }
}

// ---------------------------------------------------------------------------------------------

async function proveOrganisation(world: World, tally: Tally): Promise<void> {
  const registry = await openTestServices();
  const streams: EventStream[] = [];
  let app: FastifyInstance | undefined;
  try {
    await setUpOrganisation(registry.services, world);
    app = await buildTestApp(registry.services, { loginAttemptsPerMinute: 100_000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const proof: Proof = {
      world,
      services: registry.services,
      app,
      tally,
      callers: await signIn(app, world),
      cables: [],
      byRef: new Map(),
      streams,
    };
    await registerAll(proof, baseUrl);
    // And once more, well after the last registration: every deadline has lapsed or been met.
    await fireDeadlineAlerts({
      ...registry.services,
      now: () => instantOf(tickOfSlot(world.plans.length + 4)),
    });
    await releaseSome(proof);
    const { size } = world;
    console.log(
      `organisation: ${size.people} people in ${size.posts} posts, ${size.groups} groups;`,
      `${proof.cables.length} cables registered, ${size.cables - proof.cables.length} refused`,
    );
    // Reading paths first, while nothing is opened; then opening (which leaves receipts); then replies (which write).
    for (const caller of proof.callers) {
      await checkInbox(proof, caller);
      await checkExport(proof, caller);
      await checkSearch(proof, caller);
      await checkDerived(proof, caller);
      await checkDeskAndDeadlines(proof, caller);
    }
    for (const caller of proof.callers) await checkOpening(proof, caller);
    for (const caller of proof.callers) await checkReplies(proof, caller);
  } finally {
    for (const stream of streams) await stream.close();
    await app?.close();
    await registry.cleanup();
  }
}

describe('the access proof', () => {
  it('lets every person learn of exactly the cables they may read, through every path, in random organisations', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(aWorld, (world) => proveOrganisation(world, tally)),
      // Each organisation is a whole registry: report the first failure with its seed rather than shrink.
      { seed: SEED, numRuns: ORGANISATIONS, endOnFailure: true },
    );
    console.log('access checks:', tally.total);
    console.log('access checks by path:', Object.fromEntries([...tally.byPath].sort()));
    expect(tally.total).toBeGreaterThanOrEqual(MIN_CHECKS);
  }, 900_000);
});

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Cable, type CableDraftInput, DomainError } from '../../../src/core/index.js';
import { registerCable } from '../../../src/services/cables/register-cable.js';
import {
  fireDeadlineAlerts,
  pushDeadlineAlerts,
} from '../../../src/services/deadlines/fire-deadline-alerts.js';
import { serverKeyOf, signRegistryHead } from '../../../src/services/integrity/sign-registry-head.js';
import { openServices } from '../../../src/services/open-services.js';
import type { Services } from '../../../src/services/services.js';
import { buildTestApp } from '../../support/build-test-app.js';
import { EventStream } from '../../support/event-stream.js';
import { issueApiToken, logInInProcess, type Session } from '../../support/login.js';
import { type Observation, observeOpening, observeReading, type References } from './observe.js';
import { setUpOrganisation } from './organisation.js';
import {
  aWorld,
  CONFERENCE,
  draftOf,
  instantOf,
  OBSERVER,
  personId,
  principalsOf,
  tickOfCommon,
  type World,
} from './world.js';

/**
 * The differential proof (issue 12, PRODUCT.md §Non-negotiables: nothing a
 * reader observes changes because cables they may not read exist). Two
 * registries are built from one generated world: the second differs only by
 * extra cables the observer P may not read (to groups with P excluded, EYES
 * ONLY, directives on the issues P reports on, reports P is not sent, replies
 * to P's cables). Every answer P can obtain through every route, the live
 * stream and the export must be byte-identical in the two.
 */

const SEED = process.env.PLENIPO_PROOF_SEED ? Number(process.env.PLENIPO_PROOF_SEED) : 19_450_911;

/** One registry of the pair: its services on a clock and id source the proof sets step by step. */
interface Side {
  services: Services;
  app: FastifyInstance;
  stream: EventStream;
  window: { app: FastifyInstance; session: Session };
  at: (tick: number, id: string) => Services;
  seen: Observation[];
  /** The last deadline alert this side's clock pushed live. */
  alertCursor: number;
}

const idOf = (kind: 'c' | 'h', n: number) =>
  `00000000-0000-4000-${kind === 'c' ? '8' : '9'}000-${String(n).padStart(12, '0')}`;

/** An API token's headers, which serve reads and writes alike. */
function tokenSession(headers: Record<string, string>): Session {
  return { cookie: '', csrf: '', reads: headers, writes: headers };
}

/** Two registries of one organisation: the organisation is set up once and copied. */
async function openPair(world: World, dir: string): Promise<[Side, Side]> {
  const template = join(dir, 'template.db');
  const services = await openServices(template);
  await setUpOrganisation(services, world);
  // The server key is made at the first signing: made here, both registries sign with the same one.
  await serverKeyOf(services);
  await services.store.close();
  const sides: Side[] = [];
  for (const name of ['a', 'b']) {
    const db = join(dir, `${name}.db`);
    copyFileSync(template, db);
    copyFileSync(`${template}.key`, `${db}.key`);
    const opened = await openServices(db);
    let clock = 0;
    let nextId = '';
    const side = { ...opened, now: () => instantOf(clock), newId: () => nextId };
    const app = await buildTestApp(side, { loginAttemptsPerMinute: 100_000 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    nextId = 'the-observer-token';
    const session = world.observerViaApiToken
      ? tokenSession(await issueApiToken(app, OBSERVER))
      : await logInInProcess(app, OBSERVER);
    const stream = await EventStream.open(
      `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
      session,
    );
    const at = (tick: number, id: string) => {
      clock = tick;
      nextId = id;
      return side;
    };
    sides.push({ services: side, app, stream, window: { app, session }, at, seen: [], alertCursor: 0 });
  }
  return sides as [Side, Side];
}

/** Registers one cable on one side: through P's own requests when P writes it, else through the service. */
async function register(side: Side, tick: number, id: string, author: string, draft: CableDraftInput) {
  const services = side.at(tick, id);
  if (author === OBSERVER) {
    const response = await side.app.inject({
      method: 'POST',
      url: '/api/cables',
      headers: side.window.session.writes,
      payload: draft,
    });
    side.seen.push({
      asked: `POST /api/cables ${draft.subject}`,
      status: response.statusCode,
      body: response.body,
    });
    expect(response.statusCode, `P's cable ${draft.subject}: ${response.body}`).not.toBe(401);
    return response.statusCode === 201 ? response.json<{ cable: Cable }>().cable : null;
  }
  try {
    return await registerCable(services, author, draft);
  } catch (error) {
    // A draft refused for its addressing or references changes nothing, on either side.
    if (error instanceof DomainError && error.code === 'invalid-input') return null;
    throw error;
  }
}

/** One tick of the deadline clock (issue 11) at `tick`: the alerts due are recorded and pushed live. */
async function tickDeadlineClock(side: Side, tick: number) {
  const services = side.at(tick, 'no-new-cable');
  await fireDeadlineAlerts(services);
  side.alertCursor = await pushDeadlineAlerts(services, side.alertCursor);
}

/** Registers the world: every common cable on both sides, the extra cables on the second only. */
async function registerWorld(world: World, [a, b]: [Side, Side], refs: References) {
  const common: Cable[] = [];
  const replyTarget = (author: string, n: number | null) => {
    const candidates = common.filter((cable) => cable.readers.includes(author));
    return n === null || candidates.length === 0 ? null : candidates[n % candidates.length]!.id;
  };
  let hiddenCount = 0;
  for (const [k, intent] of [...world.commons, world.commons[0]!].entries()) {
    const isRollCall = k === world.commons.length;
    for (const [j, { intent: extra }] of world.hidden.filter((h) => h.before === k).entries()) {
      const tick = tickOfCommon(k) - 3 + Math.min(j, 2);
      const label = `h${hiddenCount}`;
      const made = draftOf(world, extra, label, {
        hidden: true,
        tick,
        replyTo: (author) => replyTarget(author, extra.replyTo),
      });
      if (!made) continue;
      const cable = await register(b, tick, idOf('h', hiddenCount), made.author, made.draft);
      hiddenCount += 1;
      if (!cable) continue;
      expect(cable.readers, `extra cable ${label} is not for P`).not.toContain(OBSERVER);
      refs.ids.push(cable.id);
      refs.numbers.push(cable.number);
      refs.words.push(`qzc${label}k`);
    }
    const label = `c${k}`;
    const made = isRollCall
      ? {
          author: 'p1',
          draft: {
            to: [OBSERVER],
            precedence: 'FLASH',
            classification: 'SECRET',
            kind: 'note',
            subject: 'Roll-call',
            body: 'End.',
          } as CableDraftInput,
        }
      : draftOf(world, intent, label, {
          hidden: false,
          tick: tickOfCommon(k),
          replyTo: (author) => replyTarget(author, intent.replyTo),
        });
    // The deadline clock ticks on both sides as each common cable comes: after the extra ones, before it.
    for (const side of [a, b]) await tickDeadlineClock(side, tickOfCommon(k));
    if (!made) continue;
    const [inA, inB] = [
      await register(a, tickOfCommon(k), idOf('c', k), made.author, made.draft),
      await register(b, tickOfCommon(k), idOf('c', k), made.author, made.draft),
    ];
    expect(inB === null, `common cable ${label} is registered in both or neither`).toBe(inA === null);
    if (!inA) continue;
    common.push(inA);
    refs.ids.push(inA.id);
    refs.numbers.push(inA.number);
    refs.words.push(`qzc${label}k`);
    if (inA.readers.includes(OBSERVER)) refs.readableIds.push(inA.id);
    if (isRollCall) return inA;
  }
  throw new Error('the roll-call was not registered');
}

/** The two texts around where they first differ. */
function whereTheyDiffer(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 160), at + 160));
  return `at character ${at}:\n  ${around(a)}\nwith extra cables P may not read:\n  ${around(b)}`;
}

/** Compares what P obtained on the two sides, one answer at a time; returns how many were compared. */
function compare(a: Observation[], b: Observation[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const [one, other] = [a[i], b[i]];
    const text = (o: Observation | undefined) => (o ? `${o.asked} → ${o.status} ${o.body}` : '(nothing)');
    if (text(one) !== text(other)) {
      throw new Error(`LEAK: answer ${i} to P differs ${whereTheyDiffer(text(one), text(other))}`);
    }
  }
  return a.length;
}

async function proveWorld(world: World, tally: { comparisons: number }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-differential-'));
  let sides: [Side, Side] | undefined;
  try {
    sides = await openPair(world, dir);
    const people = world.postOf.map((_, i) => personId(i));
    const refs: References = {
      ids: [],
      numbers: [],
      readableIds: [],
      words: [],
      people,
      middleTick: tickOfCommon(world.size.commons >> 1),
    };
    const rollCall = await registerWorld(world, sides, refs);
    const kinds = (side: Side) => side.services.store.registry.count();
    console.log(
      `world: ${people.length} people, P ${principalsOf(world).includes(OBSERVER) ? 'a principal' : 'a delegate'};`,
      `${await kinds(sides[0])} cables, and ${(await kinds(sides[1])) - (await kinds(sides[0]))} more P may not read`,
    );
    const heard = await Promise.all(
      sides.map((side) => side.stream.until((data) => data.includes(rollCall.id))),
    );
    const events = heard.map((list) =>
      list.map((e) => ({ asked: `event ${e.event}`, status: Number(e.id), body: e.data })),
    );
    tally.comparisons += compare(events[0]!, events[1]!);
    const end = tickOfCommon(world.size.commons + 4);
    for (const side of sides) {
      await tickDeadlineClock(side, end);
      await signRegistryHead(side.at(end, 'no-new-cable'));
      side.seen.push(
        ...(await observeReading(side.window, refs)),
        ...(await observeOpening(side.window, refs)),
      );
      if (principalsOf(world).includes(OBSERVER)) {
        side.at(end + 1, 'no-new-cable');
        const url = `/api/conferences/${CONFERENCE}/reevaluate`;
        const response = await side.app.inject({ method: 'POST', url, headers: side.window.session.writes });
        side.seen.push({ asked: `POST ${url}`, status: response.statusCode, body: response.body });
        // Opening is as before: the verdicts re-evaluated are in the moves and the badges read again.
        side.seen.push(...(await observeReading(side.window, refs)));
      }
    }
    tally.comparisons += compare(sides[0].seen, sides[1].seen);
  } finally {
    for (const side of sides ?? []) {
      await side.stream.close();
      await side.app.close();
      await side.services.store.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the differential proof over `worlds` generated worlds (from `seed`),
 * stopping at the first world where P's answers differ (an error starting
 * `LEAK:` that shows where). Returns how many answers were compared.
 */
export async function runDifferentialProof(
  options: { worlds: number; seed?: number } = { worlds: 6 },
): Promise<number> {
  const tally = { comparisons: 0 };
  await fc.assert(
    fc.asyncProperty(aWorld, (world) => proveWorld(world, tally)),
    // Each world is two whole registries: report the first failure with its seed rather than shrink.
    { seed: options.seed ?? SEED, numRuns: options.worlds, endOnFailure: true },
  );
  return tally.comparisons;
}

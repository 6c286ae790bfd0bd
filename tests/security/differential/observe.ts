import type { FastifyInstance } from 'fastify';
import { CABLE_KINDS } from '../../../src/core/index.js';
import type { Session } from '../../support/login.js';
import { COMMON_WORD, CONFERENCE, ISSUES, instantOf, LADDER, OBSERVER, UNIT } from './world.js';

/** One answer the observer obtained: what was asked, and the status and body that came back. */
export interface Observation {
  asked: string;
  status: number;
  body: string;
}

/** Where the observer asks: one registry's app, signed in as P. */
export interface Window {
  app: FastifyInstance;
  session: Session;
}

/** The cables the observer may name in a request: every id and number of both registries, and a missing one. */
export interface References {
  ids: string[];
  numbers: string[];
  /** Ids of cables P may read, to resume an export after. */
  readableIds: string[];
  /** The word planted in each cable of both registries. */
  words: string[];
  people: string[];
  /** An instant in the middle of the registrations, for views `at` a date. */
  middleTick: number;
}

async function ask(window: Window, method: 'GET' | 'POST', url: string, payload?: object) {
  const headers = method === 'GET' ? window.session.reads : window.session.writes;
  const response = await window.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  // An observer signed out would see the same refusal on both sides, and prove nothing.
  if (response.statusCode === 401) throw new Error(`${method} ${url}: the observer is not signed in`);
  return {
    asked: `${method} ${url}${payload ? ` ${JSON.stringify(payload)}` : ''}`,
    status: response.statusCode,
    // The session's own CSRF token (in /api/me) is random per sign-in: the same on both sides once named.
    body: window.session.csrf
      ? response.body.replaceAll(window.session.csrf, '(P’s csrf token)')
      : response.body,
  };
}

/** Everything P can read without writing: boxes, search, export, directory, mandates, moves, record, map, alerts, what-if. */
export async function observeReading(window: Window, refs: References): Promise<Observation[]> {
  const get = (url: string) => ask(window, 'GET', url);
  const seen: Observation[] = [];
  const conference = `/api/conferences/${CONFERENCE}`;
  const middle = instantOf(refs.middleTick);
  const urls = [
    '/api/inbox?limit=200',
    '/api/inbox?box=sent&limit=200',
    '/api/inbox?limit=3&offset=2',
    `/api/search?q=${COMMON_WORD}&limit=200`,
    `/api/search?q=${COMMON_WORD}&limit=2&offset=1`,
    `/api/search?conference=${CONFERENCE}&limit=200`,
    ...ISSUES.map((issue) => `/api/search?issue=${issue}&limit=200`),
    ...CABLE_KINDS.filter((kind) => ['note', 'directive', 'report'].includes(kind)).map(
      (kind) => `/api/search?kind=${kind}&limit=200`,
    ),
    ...refs.people.map((person) => `/api/search?author=${person}&limit=200`),
    ...refs.words.map((word) => `/api/search?q=${word}`),
    '/api/export',
    ...refs.readableIds.slice(0, 3).map((id) => `/api/export?after=${id}`),
    '/api/directory',
    '/api/conferences',
    `${conference}/mandates`,
    `${conference}/mandates?at=${encodeURIComponent(middle)}`,
    ...ISSUES.map((issue) => `${conference}/mandates/${issue}`),
    `${conference}/moves`,
    // The record and the map (issue 13): points and statuses derived from the reports P may read.
    `${conference}/sessions`,
    `${conference}/map`,
    `${conference}/map?since=${encodeURIComponent(middle)}`,
    ...ISSUES.map((issue) => `${conference}/map/${issue}`),
    '/api/alerts',
    '/api/registry/head',
    // The desk, deadlines and their alerts (issue 11), computed from the cables P may read.
    '/api/overview',
    `${conference}/deadlines`,
    `${conference}/deadlines?state=open`,
    `${conference}/deadlines?person=${OBSERVER}`,
    '/api/deadlines',
    '/api/deadline-alerts',
    `${conference}/sessions/s1/record`,
    // The account, the instance, the first run and the organisation's pages: refused or equal for P.
    '/api/me',
    '/api/instance',
    '/api/first-run',
    '/api/admin/audit',
    '/api/admin/organisation',
  ];
  for (const url of urls) seen.push(await get(url));
  // The administrator's writes and the first run's claim, refused to P alike (and changing nothing).
  const refused = [
    '/api/first-run',
    '/api/admin/people',
    '/api/admin/people/p1/disable',
    '/api/admin/logins/p1/unlock',
    '/api/admin/groups',
    '/api/admin/setup',
    '/api/admin/setup/apply',
  ];
  for (const url of refused) seen.push(await ask(window, 'POST', url, {}));
  for (const issue of ISSUES) {
    const probes = [
      { position: LADDER[0] },
      { position: LADDER[3] },
      { value: 5, unit: UNIT },
      { value: 95, unit: UNIT },
    ];
    for (const [i, terms] of probes.entries()) {
      const move = { issue, type: 'concession', summary: 'What if', ...terms };
      seen.push(
        await ask(window, 'POST', `${conference}/check`, { move, ...(i % 2 === 1 ? { at: middle } : {}) }),
      );
    }
  }
  return seen;
}

/** Opening every cable by id and by number (which leaves read receipts), and replying to each (refused or not). */
export async function observeOpening(window: Window, refs: References): Promise<Observation[]> {
  const seen: Observation[] = [];
  for (const ref of [...refs.ids, ...refs.numbers, '00000000-0000-4000-8000-999999999999', 'P0 9999'])
    seen.push(await ask(window, 'GET', `/api/cables/${encodeURIComponent(ref)}`));
  return seen;
}

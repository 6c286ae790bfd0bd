import type { InboxFilters } from '../router/route-search.js';
import { answerOf, client, setCsrfToken } from './client.js';

export type { Box } from './schema.js';

import type {
  AlertsResponse,
  Box,
  CableDraft,
  CableView,
  CableWithThread,
  CheckedMove,
  CheckResponse,
  Conference,
  DeadlineAlert,
  DeadlinesResponse,
  Directory,
  InboxPage,
  InboxQuery,
  Instance,
  IssueMap,
  MandateResponse,
  MandatesResponse,
  MapOverview,
  Me,
  Overview,
  ReevaluateResponse,
  SearchQuery,
  SearchResult,
  SessionList,
  SessionRecord,
} from './schema.js';

/**
 * Every endpoint the UI calls, by name, on the typed client. Where the
 * document describes a domain object loosely, the answer is read as the
 * domain's type (see schema.ts).
 */
export const api = {
  async login(login: string, password: string): Promise<void> {
    await answerOf(client.POST('/api/login', { body: { login, password } }));
  },

  instance(): Promise<Instance> {
    return answerOf(client.GET('/api/instance'));
  },

  async logout(): Promise<void> {
    await answerOf(client.POST('/api/logout'));
    setCsrfToken(null);
  },

  async me(): Promise<Me> {
    const me = await answerOf(client.GET('/api/me'));
    setCsrfToken(me.csrfToken ?? null);
    return me;
  },

  overview(): Promise<Overview> {
    return answerOf(client.GET('/api/overview'));
  },

  directory(): Promise<Directory> {
    return answerOf(client.GET('/api/directory'));
  },

  /** A page of a box, narrowed by the filters given (their values checked by the server). */
  inbox(box: Box, limit = 50, offset = 0, filters: InboxFilters = {}): Promise<InboxPage> {
    const query = { ...filters, box, limit, offset } as InboxQuery;
    return answerOf(client.GET('/api/inbox', { params: { query } }));
  },

  /** `ref` is a cable id or a registry number such as 'LONTO 0007'. */
  cable(ref: string): Promise<CableWithThread> {
    return answerOf(
      client.GET('/api/cables/{ref}', { params: { path: { ref } } }),
    ) as Promise<CableWithThread>;
  },

  async send(draft: CableDraft): Promise<CableView> {
    const { cable } = await answerOf(client.POST('/api/cables', { body: draft }));
    return cable as CableView;
  },

  /**
   * Filters come as typed in the URL; empty ones are left out, and one the
   * server refuses (an unknown kind) comes back as a 400 naming it.
   */
  search(filters: { [K in keyof SearchQuery]?: string | number }): Promise<SearchResult> {
    const asked = Object.fromEntries(
      Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
    );
    return answerOf(client.GET('/api/search', { params: { query: asked as SearchQuery } }));
  },

  async conferences(): Promise<Conference[]> {
    const { conferences } = await answerOf(client.GET('/api/conferences'));
    return conferences as Conference[];
  },

  /** Every issue's mandate now, or as of `at` (a date means the end of that day). */
  mandates(conference: string, at?: string): Promise<MandatesResponse> {
    const params = { path: { conference }, query: at ? { at } : {} };
    return answerOf(
      client.GET('/api/conferences/{conference}/mandates', { params }),
    ) as Promise<MandatesResponse>;
  },

  mandate(conference: string, issue: string, at?: string): Promise<MandateResponse> {
    const params = { path: { conference, issue }, query: at ? { at } : {} };
    return answerOf(
      client.GET('/api/conferences/{conference}/mandates/{issue}', { params }),
    ) as Promise<MandateResponse>;
  },

  /** What if: the verdict one of our moves would get now, without reporting it. */
  check(conference: string, move: CheckedMove, signal?: AbortSignal): Promise<CheckResponse> {
    const options = { params: { path: { conference } }, body: { move }, ...(signal ? { signal } : {}) };
    return answerOf(client.POST('/api/conferences/{conference}/check', options)) as Promise<CheckResponse>;
  },

  reevaluate(conference: string): Promise<ReevaluateResponse> {
    return answerOf(
      client.POST('/api/conferences/{conference}/reevaluate', { params: { path: { conference } } }),
    );
  },

  alerts(): Promise<AlertsResponse> {
    return answerOf(client.GET('/api/alerts')) as Promise<AlertsResponse>;
  },

  sessions(conference: string): Promise<SessionList> {
    return answerOf(
      client.GET('/api/conferences/{conference}/sessions', { params: { path: { conference } } }),
    );
  },

  sessionRecord(conference: string, session: string): Promise<SessionRecord> {
    const params = { path: { conference, session } };
    return answerOf(client.GET('/api/conferences/{conference}/sessions/{session}/record', { params }));
  },

  /** Every issue at a glance; those moved after `since` (when the reader last looked) first. */
  mapOverview(conference: string, since?: string): Promise<MapOverview> {
    const params = { path: { conference }, query: since ? { since } : {} };
    return answerOf(client.GET('/api/conferences/{conference}/map', { params }));
  },

  issueMap(conference: string, issue: string): Promise<IssueMap> {
    return answerOf(
      client.GET('/api/conferences/{conference}/map/{issue}', { params: { path: { conference, issue } } }),
    );
  },

  /** A conference's deadlines with their status now; `person`: only those that person must act on or is told of. */
  deadlines(conference: string, person?: string): Promise<DeadlinesResponse> {
    const params = { path: { conference }, query: person ? { person } : {} };
    return answerOf(client.GET('/api/conferences/{conference}/deadlines', { params }));
  },

  deadlineAlerts(): Promise<DeadlineAlert[]> {
    return answerOf(client.GET('/api/deadline-alerts')).then(({ alerts }) => alerts);
  },
};

import { queryString, request, setCsrfToken } from './client.js';
import type {
  AlertsResponse,
  CheckResponse,
  Conference,
  MandateResponse,
  MandatesResponse,
  Move,
  ReevaluateResponse,
} from './mandate-types.js';
import type {
  CableDraft,
  CableView,
  CableWithThread,
  Directory,
  InboxPage,
  Instance,
  Me,
  Person,
  SearchQuery,
  SearchResult,
} from './types.js';

export type Box = 'in' | 'sent';

/** Every endpoint the UI calls, typed. */
export const api = {
  async login(login: string, password: string): Promise<Person> {
    const { person } = await request<{ person: Person }>('POST', '/api/login', { login, password });
    return person;
  },

  instance(): Promise<Instance> {
    return request<Instance>('GET', '/api/instance');
  },

  async logout(): Promise<void> {
    await request<void>('POST', '/api/logout');
    setCsrfToken(null);
  },

  async me(): Promise<Me> {
    const me = await request<Me>('GET', '/api/me');
    setCsrfToken(me.csrfToken ?? null);
    return me;
  },

  directory(): Promise<Directory> {
    return request<Directory>('GET', '/api/directory');
  },

  inbox(box: Box, limit = 50, offset = 0): Promise<InboxPage> {
    return request<InboxPage>('GET', `/api/inbox${queryString({ box, limit, offset })}`);
  },

  /** `ref` is a cable id or a registry number such as 'LONTO 0007'. */
  cable(ref: string): Promise<CableWithThread> {
    return request<CableWithThread>('GET', `/api/cables/${encodeURIComponent(ref)}`);
  },

  async send(draft: CableDraft): Promise<CableView> {
    const { cable } = await request<{ cable: CableView }>('POST', '/api/cables', draft);
    return cable;
  },

  search(query: SearchQuery): Promise<SearchResult> {
    return request<SearchResult>('GET', `/api/search${queryString({ ...query })}`);
  },

  async conferences(): Promise<Conference[]> {
    const { conferences } = await request<{ conferences: Conference[] }>('GET', '/api/conferences');
    return conferences;
  },

  /** Every issue's mandate now, or as of `at` (a date means the end of that day). */
  mandates(conference: string, at?: string): Promise<MandatesResponse> {
    return request<MandatesResponse>('GET', `${conferencePath(conference)}/mandates${queryString({ at })}`);
  },

  mandate(conference: string, issue: string, at?: string): Promise<MandateResponse> {
    const path = `${conferencePath(conference)}/mandates/${encodeURIComponent(issue)}`;
    return request<MandateResponse>('GET', `${path}${queryString({ at })}`);
  },

  /** What if: the verdict one of our moves would get now, without reporting it. */
  check(conference: string, move: Omit<Move, 'side'>, signal?: AbortSignal): Promise<CheckResponse> {
    return request<CheckResponse>('POST', `${conferencePath(conference)}/check`, { move }, signal);
  },

  reevaluate(conference: string): Promise<ReevaluateResponse> {
    return request<ReevaluateResponse>('POST', `${conferencePath(conference)}/reevaluate`);
  },

  alerts(): Promise<AlertsResponse> {
    return request<AlertsResponse>('GET', '/api/alerts');
  },
};

function conferencePath(conference: string): string {
  return `/api/conferences/${encodeURIComponent(conference)}`;
}

import { queryString, request, setCsrfToken } from './client.js';
import type {
  CableDraft,
  CableView,
  CableWithThread,
  Directory,
  InboxPage,
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
};

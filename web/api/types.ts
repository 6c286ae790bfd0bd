import type { MandateAmendment, MovesPayload, ReportedMove, VerdictCode } from './mandate-types.js';

/**
 * The shapes the HTTP API answers with, as the UI reads them. They mirror the
 * server's presenters; ids of people and groups share one namespace.
 */

export interface Person {
  id: string;
  name: string;
  title: string;
  postId: string;
  login: string;
  isAdmin: boolean;
  /** IANA zone the reader sees times in, e.g. 'Europe/Moscow'. */
  zone: string;
}

/** GET /api/instance: what the login page may know before anyone signs in. */
export interface Instance {
  version: string;
  /** The built-in example's sign-ins when it is loaded; null otherwise. */
  demo: {
    example: string;
    password: string;
    logins: { login: string; name: string; title: string }[];
  } | null;
}

export interface Me {
  person: Person;
  /** Echoed in the x-plenipo-csrf header on every cookie-authenticated write; null for API-token callers. */
  csrfToken: string | null;
}

export interface Directory {
  people: { id: string; name: string; title: string; postId: string }[];
  groups: { id: string; name: string; description: string; members: string[] }[];
  posts: { id: string; name: string; place: string; zone: string }[];
  series: { code: string; name: string; fromPost: string; toPost: string | null }[];
  conferences: { id: string; name: string; place: string; startsOn: string; endsOn: string }[];
  /** Lowest first. */
  classifications: string[];
  precedences: string[];
  kinds: string[];
  captions: string[];
}

export interface CableSummary {
  id: string;
  number: string;
  seq: number;
  /** ISO 8601 UTC. */
  registeredAt: string;
  author: { id: string; name: string };
  alias: string | null;
  to: string[];
  info: string[];
  exclude: string[];
  via: string | null;
  precedence: string;
  classification: string;
  captions: string[];
  kind: string;
  subject: string;
  issues: string[];
  conference: string | null;
  read: boolean;
  /** For a report: the worst current verdict on the moves of ours it reports. */
  verdict?: VerdictCode | null;
}

export interface CableLink {
  id: string;
  number: string;
}

export interface CableView extends CableSummary {
  /** Null when withheld: a READ-OUT body the API will not hand over. */
  body: string | null;
  withheld: 'READ-OUT' | null;
  inReplyTo: CableLink | null;
  refs: CableLink[];
  readers: string[];
  signature: string;
  hash: string;
  prevHash: string;
  handlingTargetMinutes: number;
  /** The structured payload as sent: a directive's mandate amendment or a report's moves. */
  payload?: Record<string, unknown> | null;
  /** For a report: each move with its current verdict. */
  moves?: ReportedMove[];
}

export interface InboxPage {
  total: number;
  unread: number;
  cables: CableSummary[];
}

export interface CableWithThread {
  cable: CableView;
  thread: CableSummary[];
}

export interface SearchHit extends CableSummary {
  /** Matched terms are wrapped in U+0002 … U+0003. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface SearchQuery {
  q?: string;
  from?: string;
  until?: string;
  author?: string;
  kind?: string;
  issue?: string;
  conference?: string;
  limit?: number;
  offset?: number;
}

/** The body of POST /api/cables: empty optional fields are left out. */
export interface CableDraft {
  to: string[];
  info?: string[];
  exclude?: string[];
  via?: string;
  precedence: string;
  classification: string;
  captions?: string[];
  kind: string;
  subject: string;
  issues?: string[];
  conference?: string;
  inReplyTo?: string;
  refs?: string[];
  alias?: string;
  body: string;
  /** A directive's mandate amendment or a report's moves. */
  payload?: MandateAmendment | MovesPayload;
}

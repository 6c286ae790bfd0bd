import type { Box } from '../api/schema.js';

/**
 * The query strings of the pages, read into typed values. Every value in a
 * URL is a string; anything unknown or malformed is dropped, never an error,
 * so an old bookmark still opens its page.
 */
type Raw = Record<string, unknown>;

/** The steps of the authority round trip (PRODUCT.md §Move) that compose can be prefilled for. */
export const AUTHORITY_INTENTS = ['ask-authority', 'grant-authority', 'refuse-authority'] as const;
export type AuthorityIntent = (typeof AUTHORITY_INTENTS)[number];

/**
 * Compose prefilled for the round trip: `reply` is the cable answered (the
 * report, or a query about it), `about` the report when that differs, `move`
 * the move's idx in the report (absent: the first that needs authority).
 */
export interface ComposeSearch {
  reply?: string;
  intent?: AuthorityIntent;
  about?: string;
  move?: number;
}

export interface MandateSearch {
  conference?: string;
  /** A date (the end of that day, UTC) or an instant. */
  at?: string;
}

export const SEARCH_FILTERS = ['q', 'from', 'until', 'author', 'kind', 'issue', 'conference'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export type SearchFilters = Partial<Record<SearchFilter, string>>;

export const INBOX_FILTERS = ['precedence', 'kind', 'issue', 'conference', 'unread'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];
export type InboxFilters = Partial<Record<InboxFilter, string>>;
export type InboxSearch = InboxFilters & { box?: Extract<Box, 'sent'> };

/** The box and its filters; the server checks the filters' values, so a stale one is refused naming it. */
export function inboxSearch(raw: Raw): InboxSearch {
  const search: InboxSearch = raw.box === 'sent' ? { box: 'sent' } : {};
  for (const name of INBOX_FILTERS) {
    const value = text(raw[name])?.trim();
    if (value) search[name] = value;
  }
  if (search.unread !== undefined && search.unread !== 'true') delete search.unread;
  return search;
}

/** An intent only counts with a cable to answer; without one, compose is plain. */
export function composeSearch(raw: Raw): ComposeSearch {
  const reply = text(raw.reply);
  if (!reply) return {};
  const intent = AUTHORITY_INTENTS.find((known) => known === raw.intent);
  if (!intent) return { reply };
  const about = text(raw.about);
  const move = text(raw.move);
  return {
    reply,
    intent,
    ...(about && about !== reply ? { about } : {}),
    ...(move && /^\d+$/.test(move) ? { move: Number(move) } : {}),
  };
}

export function mandateSearch(raw: Raw): MandateSearch {
  const conference = text(raw.conference);
  const at = text(raw.at);
  return { ...(conference ? { conference } : {}), ...(at ? { at } : {}) };
}

/** The deadlines page: a conference, and perhaps one person's deadlines. */
export function deadlineSearch(raw: Raw): { conference?: string; person?: string } {
  const conference = text(raw.conference);
  const person = text(raw.person);
  return { ...(conference ? { conference } : {}), ...(person ? { person } : {}) };
}

export function searchFilters(raw: Raw): SearchFilters {
  const filters: SearchFilters = {};
  for (const name of SEARCH_FILTERS) {
    const value = text(raw[name])?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Query strings as plain `key=value` pairs, the way they were written before the router (and in bookmarks). */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

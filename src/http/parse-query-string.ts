import type { FastifyRequest } from 'fastify';
import { invalidInput } from '../core/index.js';

/** Set on a parsed query when a parameter is not valid percent-encoded UTF-8; a symbol, so no schema sees it. */
const MALFORMED = Symbol('malformed query parameter');

type ParsedQuery = Record<string, string | string[]> & { [MALFORMED]?: string };

/**
 * Parses a query string as Fastify's default does (`a=1&a=2` gives a list,
 * `+` is a space), but strictly: a parameter whose %-escapes are malformed or
 * not UTF-8 is marked, for `refuseMalformedQuery` to refuse, where the default
 * would pass the raw text on as if it were what the client meant. The router
 * calls this before any hook, where it cannot answer the request itself.
 */
export function parseQueryString(text: string): ParsedQuery {
  const query: ParsedQuery = Object.create(null);
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [rawKey, rawValue] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    const key = decode(rawKey, query);
    const value = decode(rawValue, query, key);
    const before = query[key];
    query[key] = before === undefined ? value : [...[before].flat(), value];
  }
  return query;
}

function decode(text: string, query: ParsedQuery, key?: string): string {
  const spaced = text.replaceAll('+', ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    query[MALFORMED] ??= key ?? spaced;
    return spaced;
  }
}

/**
 * Refuses a request whose query string `parseQueryString` marked, naming the
 * parameter; and one that gives a parameter twice, since every parameter of
 * the API takes one value (lists travel comma-separated in one).
 */
export async function refuseMalformedQuery(request: FastifyRequest): Promise<void> {
  const query = request.query as ParsedQuery | undefined;
  const malformed = query?.[MALFORMED];
  if (malformed !== undefined) throw invalidInput(malformed || 'query', 'is not valid percent-encoded UTF-8');
  const repeated = Object.keys(query ?? {}).find((key) => Array.isArray(query![key]));
  if (repeated !== undefined) throw invalidInput(repeated, 'is given more than once');
}

import type { Box } from '../api/schema.js';

/** The pages of the UI, addressed by the URL hash. */
export type Route =
  | { scene: 'inbox'; box: Box }
  | { scene: 'cable'; ref: string }
  | { scene: 'compose'; reply: string | null; authority?: AuthorityPrefill }
  | { scene: 'search'; params: URLSearchParams }
  | { scene: 'mandates'; conference: string | null; issue: string | null; at: string | null };

/** The steps of the authority round trip (PRODUCT.md §Move) that compose can be prefilled for. */
export const AUTHORITY_INTENTS = ['ask-authority', 'grant-authority', 'refuse-authority'] as const;
export type AuthorityIntent = (typeof AUTHORITY_INTENTS)[number];

/**
 * Compose prefilled for the round trip: `reply` is the cable answered (the
 * report, or a query about it), `about` the report when that differs, `move`
 * the move's idx in the report (null: the first that needs authority).
 */
export interface AuthorityPrefill {
  intent: AuthorityIntent;
  about: string | null;
  move: number | null;
}

/**
 * Reads a location hash such as `#/cable/abc`, `#/compose?reply=abc`,
 * `#/compose?reply=abc&intent=ask-authority&move=0`,
 * `#/search?q=trieste` or `#/mandates/tripolitania?at=1945-09-20`; anything
 * unknown is the inbox.
 */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const [, scene = '', ...rest] = path.split('/');
  switch (scene) {
    case 'cable': {
      const ref = rest.join('/');
      if (ref) return { scene: 'cable', ref: decodeURIComponent(ref) };
      break;
    }
    case 'compose': {
      const reply = params.get('reply') || null;
      const intent = params.get('intent');
      const move = params.get('move');
      if (!reply || !isAuthorityIntent(intent)) return { scene: 'compose', reply };
      return {
        scene: 'compose',
        reply,
        authority: {
          intent,
          about: params.get('about') || null,
          move: move && /^\d+$/.test(move) ? Number(move) : null,
        },
      };
    }
    case 'search':
      return { scene: 'search', params };
    case 'mandates':
      return {
        scene: 'mandates',
        conference: params.get('conference') || null,
        issue: rest[0] ? decodeURIComponent(rest[0]) : null,
        at: params.get('at') || null,
      };
  }
  return { scene: 'inbox', box: params.get('box') === 'sent' ? 'sent' : 'in' };
}

function isAuthorityIntent(value: string | null): value is AuthorityIntent {
  return (AUTHORITY_INTENTS as readonly (string | null)[]).includes(value);
}

/** The hash of compose prefilled for one step of the authority round trip on the cable `reply` answers. */
export function authorityHref(
  intent: AuthorityIntent,
  place: { reply: string; about?: string | null; move?: number | null },
): string {
  const query = new URLSearchParams({ reply: place.reply, intent });
  if (place.about && place.about !== place.reply) query.set('about', place.about);
  if (place.move !== undefined && place.move !== null) query.set('move', String(place.move));
  return `#/compose?${query}`;
}

/** The hash that opens a cable. */
export function cableHref(ref: string): string {
  return `#/cable/${encodeURIComponent(ref)}`;
}

/** The hash of the mandate panel: a conference's issues, or one issue's mandate, now or as of `at`. */
export function mandateHref(place: {
  conference?: string | null;
  issue?: string | null;
  at?: string | null;
}) {
  const query = new URLSearchParams();
  if (place.conference) query.set('conference', place.conference);
  if (place.at) query.set('at', place.at);
  const path = place.issue ? `#/mandates/${encodeURIComponent(place.issue)}` : '#/mandates';
  return query.size > 0 ? `${path}?${query}` : path;
}

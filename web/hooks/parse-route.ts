import type { Box } from '../api/api.js';

/** The pages of the UI, addressed by the URL hash. */
export type Route =
  | { scene: 'inbox'; box: Box }
  | { scene: 'cable'; ref: string }
  | { scene: 'compose'; reply: string | null }
  | { scene: 'search'; params: URLSearchParams }
  | { scene: 'mandates'; conference: string | null; issue: string | null; at: string | null };

/**
 * Reads a location hash such as `#/cable/abc`, `#/compose?reply=abc`,
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
    case 'compose':
      return { scene: 'compose', reply: params.get('reply') || null };
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

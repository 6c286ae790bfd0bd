import type { Box } from '../api/api.js';

/** The pages of the UI, addressed by the URL hash. */
export type Route =
  | { scene: 'inbox'; box: Box }
  | { scene: 'cable'; ref: string }
  | { scene: 'compose'; reply: string | null }
  | { scene: 'search'; params: URLSearchParams };

/**
 * Reads a location hash such as `#/cable/abc`, `#/compose?reply=abc` or
 * `#/search?q=trieste`; anything unknown is the inbox.
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
  }
  return { scene: 'inbox', box: params.get('box') === 'sent' ? 'sent' : 'in' };
}

/** The hash that opens a cable. */
export function cableHref(ref: string): string {
  return `#/cable/${encodeURIComponent(ref)}`;
}

import { useEffect, useMemo, useState } from 'react';
import { parseRoute, type Route } from './parse-route.js';

/** The current route, following the location hash; stable while the hash is unchanged. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

import { useEffect, useState } from 'react';

/**
 * When this browser last showed the reader a conference's map: read once when
 * the page opens (so what moved since stays marked while they look), and set
 * to now as they leave. Kept in the browser, as it carries no meaning.
 */
export function useLastLooked(conference: string | null): string | null {
  const key = conference ? `plenipo.map.lastLooked.${conference}` : null;
  const [since] = useState(() => (key ? readStored(key) : null));
  useEffect(() => {
    if (!key) return;
    return () => {
      try {
        window.localStorage.setItem(key, new Date().toISOString());
      } catch {
        // Storage may be refused (private windows): the map then marks everything as moved.
      }
    };
  }, [key]);
  return since;
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

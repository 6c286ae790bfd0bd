import { useEffect, useRef } from 'react';
import type { CableSummary } from '../api/types.js';

/**
 * Calls `onCable` for each cable the server pushes on /api/events (event
 * `cable`). The server sends only cables this reader may read; EventSource
 * reconnects by itself after a dropped connection.
 */
export function useLiveCables(onCable: (cable: CableSummary) => void, enabled = true): void {
  // The latest handler, so a re-render does not reopen the stream.
  const handler = useRef(onCable);
  handler.current = onCable;

  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/events');
    const receive = (event: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(event.data) as CableSummary);
      } catch {
        // A malformed event is dropped; the next inbox load shows the cable anyway.
      }
    };
    source.addEventListener('cable', receive);
    return () => {
      source.removeEventListener('cable', receive);
      source.close();
    };
  }, [enabled]);
}

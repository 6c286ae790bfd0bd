import { useEffect, useRef } from 'react';
import type { AlertEvent, CableSummary } from '../api/schema.js';

export interface LiveHandlers {
  /** A new cable this reader may read (event `cable`). */
  onCable(cable: CableSummary): void;
  /** A reported move outside the mandate, in a report this reader may read (event `alert`). */
  onAlert(alert: AlertEvent): void;
  /** A deadline's warning or lapse for this reader (event `deadline`). */
  onDeadline?(): void;
  /** The stream is back after it dropped: events may have been missed meanwhile. */
  onReconnect(): void;
}

/**
 * Follows /api/events. The server sends only what this reader may read;
 * EventSource reconnects by itself after a dropped connection.
 */
export function useLiveEvents(handlers: LiveHandlers, enabled = true): void {
  // The latest handlers, so a re-render does not reopen the stream.
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/events');
    let dropped = false;
    const receiver =
      <T>(deliver: (data: T) => void) =>
      (event: MessageEvent<string>) => {
        try {
          deliver(JSON.parse(event.data) as T);
        } catch {
          // A malformed event is dropped; the next load of the page shows what it carried.
        }
      };
    const cable = receiver<CableSummary>((data) => current.current.onCable(data));
    const alert = receiver<AlertEvent>((data) => current.current.onAlert(data));
    const deadline = () => current.current.onDeadline?.();
    const error = () => {
      dropped = true;
    };
    const open = () => {
      if (dropped) current.current.onReconnect();
      dropped = false;
    };
    source.addEventListener('cable', cable);
    source.addEventListener('alert', alert);
    source.addEventListener('deadline', deadline);
    source.addEventListener('error', error);
    source.addEventListener('open', open);
    return () => {
      source.removeEventListener('cable', cable);
      source.removeEventListener('alert', alert);
      source.removeEventListener('deadline', deadline);
      source.removeEventListener('error', error);
      source.removeEventListener('open', open);
      source.close();
    };
  }, [enabled]);
}

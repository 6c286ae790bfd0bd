import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { queries } from '../api/queries.js';
import type { Alert, AlertEvent } from '../api/schema.js';
import { severityOf } from '../api/vocabulary.js';

/** Alerts pushed live about one report, shown as one toast until dismissed: its worst verdict and how many moves. */
export interface Toast extends AlertEvent {
  key: number;
  moves: number;
}

export interface Alerts {
  /** The reader's alerts as the server last listed them, newest first. */
  list: Alert[];
  unseen: number;
  toasts: Toast[];
  /** Shows a pushed alert as a toast (the cache itself is updated by live-cache.ts). */
  receive(alert: AlertEvent): void;
  dismiss(key: number): void;
  /** The reader opened this report: its toast has done its work. */
  opened(reportId: string): void;
}

let nextKey = 1;

/**
 * The principal's alerts about moves outside the mandate (PRODUCT.md §Move):
 * the list and count from GET /api/alerts, and a toast for each report an
 * alert is pushed about. The server marks a report's alerts seen when the
 * report is read, so opening it invalidates the list.
 */
export function useAlerts(): Alerts {
  const answer = useQuery(queries.alerts());
  const [toasts, setToasts] = useState<Toast[]>([]);

  const receive = useCallback((alert: AlertEvent) => {
    setToasts((before) => {
      const same = before.find((toast) => toast.report.id === alert.report.id);
      if (!same) return [{ ...alert, key: nextKey++, moves: 1 }, ...before].slice(0, 4);
      const worse = severityOf(alert.verdict) > severityOf(same.verdict);
      const merged = { ...same, verdict: worse ? alert.verdict : same.verdict, moves: same.moves + 1 };
      return before.map((toast) => (toast === same ? merged : toast));
    });
  }, []);
  const dismiss = useCallback(
    (key: number) => setToasts((before) => before.filter((t) => t.key !== key)),
    [],
  );
  const opened = useCallback(
    (reportId: string) => setToasts((before) => before.filter((t) => t.report.id !== reportId)),
    [],
  );

  const list = answer.data?.alerts;
  const unseen = answer.data?.unseen ?? 0;
  return useMemo(
    () => ({ list: list ?? [], unseen, toasts, receive, dismiss, opened }),
    [list, unseen, toasts, receive, dismiss, opened],
  );
}

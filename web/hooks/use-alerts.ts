import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/api.js';
import type { Alert, AlertEvent, VerdictCode } from '../api/schema.js';
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
  /** The worst verdict pushed for each report id since sign-in: live rows carry no badge of their own. */
  pushedVerdicts: ReadonlyMap<string, VerdictCode>;
  refresh(): void;
  receive(alert: AlertEvent): void;
  dismiss(key: number): void;
  /** The reader opened this report: its toast has done its work. */
  opened(reportId: string): void;
}

let nextKey = 1;

/**
 * The principal's alerts about moves outside the mandate (PRODUCT.md §Move):
 * the count from GET /api/alerts, raised at once by each pushed `alert`. The
 * server marks a report's alerts seen when the report is read, so a refresh
 * after opening it clears them.
 */
export function useAlerts(enabled: boolean): Alerts {
  const [list, setList] = useState<Alert[]>([]);
  const [unseen, setUnseen] = useState(0);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [pushedVerdicts, setPushed] = useState<ReadonlyMap<string, VerdictCode>>(new Map());

  const refresh = useCallback(() => {
    api.alerts().then(
      (answer) => {
        setList(answer.alerts);
        setUnseen(answer.unseen);
      },
      () => {},
    );
  }, []);

  useEffect(() => {
    if (enabled) refresh();
    else {
      setList([]);
      setUnseen(0);
      setToasts([]);
      setPushed(new Map());
    }
  }, [enabled, refresh]);

  const receive = useCallback(
    (alert: AlertEvent) => {
      setUnseen((before) => before + 1);
      setToasts((before) => {
        const same = before.find((toast) => toast.report.id === alert.report.id);
        if (!same) return [{ ...alert, key: nextKey++, moves: 1 }, ...before].slice(0, 4);
        const worse = severityOf(alert.verdict) > severityOf(same.verdict);
        const merged = { ...same, verdict: worse ? alert.verdict : same.verdict, moves: same.moves + 1 };
        return before.map((toast) => (toast === same ? merged : toast));
      });
      setPushed((before) => {
        const known = before.get(alert.report.id);
        if (known && severityOf(known) >= severityOf(alert.verdict)) return before;
        return new Map(before).set(alert.report.id, alert.verdict);
      });
      // The list (with the alert's id and time) follows from the server.
      refresh();
    },
    [refresh],
  );

  const dismiss = useCallback(
    (key: number) => setToasts((before) => before.filter((t) => t.key !== key)),
    [],
  );
  const opened = useCallback(
    (reportId: string) => setToasts((before) => before.filter((t) => t.report.id !== reportId)),
    [],
  );

  return useMemo(
    () => ({ list, unseen, toasts, pushedVerdicts, refresh, receive, dismiss, opened }),
    [list, unseen, toasts, pushedVerdicts, refresh, receive, dismiss, opened],
  );
}

import type { Services } from '../services.js';
import { scopeOf } from './reader-scope.js';

/**
 * A person's alerts, newest first, each with the report it is about (which
 * they may read). Every alert was raised on the verdict as its recipient knew
 * the mandate. What the store numbers alerts by counts everyone's, so an alert
 * is known here by its report and move, never by that number.
 */
export async function listAlerts(services: Services, person: string, unseenOnly: boolean) {
  const alerts = await services.store.mandates.alerts(person, { unseenOnly, limit: 200 });
  const unseen = unseenOnly ? alerts.length : alerts.filter((alert) => alert.seenAt === null).length;
  const scope = scopeOf(services, person);
  const reports = new Map<number, { id: string; number: string }>();
  for (const seq of new Set(alerts.map((alert) => alert.cableSeq))) {
    const cable = await scope.cableAt(seq);
    if (cable) reports.set(seq, { id: cable.id, number: cable.number });
  }
  return {
    alerts: alerts.flatMap(({ cableSeq, idx, verdict, precedenceRank, createdAt, seenAt }) => {
      const report = reports.get(cableSeq);
      if (!report) return [];
      return [{ id: `${report.id}:${idx}`, report, idx, verdict, precedenceRank, createdAt, seenAt }];
    }),
    unseen,
  };
}

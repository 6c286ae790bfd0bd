import type { Services } from '../services.js';

/**
 * A person's deadline alerts, newest first, each with the deadline and the
 * cable that set it (which they may read: an alert is only recorded for a reader).
 */
export async function listDeadlineAlerts(services: Services, person: string) {
  const alerts = await services.store.deadlines.alertsOf(person, 200);
  const deadlines = new Map(
    (await services.store.deadlines.deadlines({ reader: person })).map((entry) => [
      `${entry.cableSeq}:${entry.idx}`,
      entry,
    ]),
  );
  const numbers = new Map<number, string>();
  for (const seq of new Set(alerts.map((alert) => alert.cableSeq))) {
    const cable = await services.store.registry.atSeq(seq);
    if (cable?.readers.includes(person)) numbers.set(seq, cable.number);
  }
  return alerts.flatMap(({ cableSeq, idx, firing, dueAt, firedAt }) => {
    const stored = deadlines.get(`${cableSeq}:${idx}`);
    const number = numbers.get(cableSeq);
    if (!stored || !number) return [];
    const { id, description } = stored.deadline;
    return [{ deadline: { id, description }, cable: { id: stored.cableId, number }, firing, dueAt, firedAt }];
  });
}

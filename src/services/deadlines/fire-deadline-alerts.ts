import {
  alertedBy,
  type DeadlineStatus,
  dueAtOf,
  firingsDue,
  firingsOf,
  statusOf,
} from '../../core/index.js';
import { type DeadlineAlert, firingKey, type StoredDeadline } from '../../store/deadline-store.js';
import type { Services } from '../services.js';
import { deadlineScope } from './deadline-facts.js';

/** An alert whose time has come, as it is to be recorded. */
export type DueAlert = Omit<DeadlineAlert, 'seenAt'>;

/**
 * Records every deadline alert whose time has come at `services.now()` (see
 * `deadlineAlertsDue`), all in one transaction: a tick with a thousand open
 * deadlines writes its alerts at once rather than one commit each. An alert
 * is recorded under its unique key before anything is pushed, so it fires
 * once across restarts and processes; the push is `pushDeadlineAlerts`'s.
 * Returns how many alerts were recorded.
 */
export async function fireDeadlineAlerts(services: Services): Promise<number> {
  return services.store.deadlines.recordFirings(await deadlineAlertsDue(services));
}

/**
 * Every deadline alert due at `services.now()` and not yet fired: each warning
 * of an open deadline, and the lapse of one not met in time, for each person
 * it alerts who may read the cable that set it, as that person's cables tell
 * whether it was met.
 */
export async function deadlineAlertsDue(services: Services): Promise<DueAlert[]> {
  const now = services.now();
  const fired = await services.store.deadlines.firedKeys();
  const scopes = new Map<string, ReturnType<typeof deadlineScope>>();
  const scopeOf = (person: string) => {
    const scope = scopes.get(person) ?? deadlineScope(services, person);
    scopes.set(person, scope);
    return scope;
  };
  const due: DueAlert[] = [];
  for (const stored of await services.store.deadlines.deadlines()) {
    if (!mayBeDue(stored, now)) continue;
    const cable = await services.store.registry.atSeq(stored.cableSeq);
    for (const person of alertedBy(stored.deadline)) {
      const key = (firing: string) => firingKey({ ...stored, firing, personId: person });
      // After its lapse a deadline gives that person nothing more.
      if (!cable?.readers.includes(person) || fired.has(key('lapse'))) continue;
      // Whether it is due, met or lapsed is what this person's cables tell, never the registry's: a reply
      // or an agreement they may not read must not silence, hasten or delay their alerts (issue 12).
      const theirs: DeadlineStatus = statusOf(stored.deadline, await scopeOf(person).factsOf(stored), now);
      for (const firing of firingsDue(stored.deadline, theirs, stored.registeredAt, now)) {
        if (fired.has(key(firing.key))) continue;
        due.push({
          cableSeq: stored.cableSeq,
          idx: stored.idx,
          firing: firing.key,
          personId: person,
          dueAt: theirs.dueAt!,
          firedAt: now,
        });
        fired.add(key(firing.key));
      }
    }
  }
  return due;
}

/**
 * A cheap first look: a fixed deadline, or a window from its own cable, whose
 * first alert is still ahead of `now` needs no cable read. Only windows from
 * an agreement need the facts to know when they fall.
 */
function mayBeDue(stored: StoredDeadline, now: string): boolean {
  const { deadline } = stored;
  if (deadline.due.type === 'within' && deadline.due.of.type === 'agreement') return true;
  const dueAt = dueAtOf(deadline, {
    setAt: stored.registeredAt,
    eventAt: stored.registeredAt,
    candidates: [],
  })!;
  const first = firingsOf(deadline, dueAt, stored.registeredAt)[0]!;
  return Date.parse(first.at) <= Date.parse(now);
}

/**
 * Pushes live, to this process's listeners, every deadline alert recorded
 * after `cursor` (by this process or another on the same registry), and
 * returns the new cursor. Each process pushes each alert once to its own
 * streams; the recipient may read the cable, or the bus does not push it.
 */
export async function pushDeadlineAlerts(services: Services, cursor: number): Promise<number> {
  const alerts = await services.store.deadlines.alertsAfter(cursor);
  if (alerts.length === 0) return cursor;
  const deadlines = new Map(
    (await services.store.deadlines.deadlines()).map((entry) => [`${entry.cableSeq}:${entry.idx}`, entry]),
  );
  for (const alert of alerts) {
    const stored = deadlines.get(`${alert.cableSeq}:${alert.idx}`);
    const cable = await services.store.registry.atSeq(alert.cableSeq);
    if (cable && stored)
      services.bus.publishDeadlineAlert(alert.personId, { ...alert, deadline: stored.deadline, cable });
  }
  return alerts.at(-1)!.id;
}

/** The deadline clock of a serving process: every `everyMs`, fire what is due and push what was recorded. */
export async function runDeadlineClock(
  services: Services,
  everyMs: number,
  onError: (error: unknown) => void,
): Promise<{ tick(): Promise<void>; stop(): Promise<void> }> {
  let cursor = await services.store.deadlines.lastAlertId();
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running
      .then(async () => {
        await fireDeadlineAlerts(services);
        cursor = await pushDeadlineAlerts(services, cursor);
      })
      .catch(onError);
    return running;
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import { overdueAddressees } from '../../core/index.js';
import { escalationKey } from '../../store/workflow-store.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';
import { actionAddressees } from './action-addressees.js';
import { precedenceScheme } from './precedence-scheme.js';

/**
 * Records every escalation due at `services.now()` (issue 14): for each cable
 * of an escalating precedence whose handling target has passed, each action
 * addressee who has not acknowledged it escalates to the cable's author and
 * to the duty officer of the addressee's post. Each is recorded under its
 * unique key, so it happens once across restarts and processes (the pattern
 * of the deadline alerts). Returns how many were recorded.
 */
export async function fireEscalations(services: Services): Promise<number> {
  const now = services.now();
  const scheme = await precedenceScheme(services);
  const shortest = Math.min(...scheme.escalate.map((p) => scheme.targets[p]));
  if (!Number.isFinite(shortest)) return 0;
  const cutoff = new Date(Date.parse(now) - shortest * 60_000).toISOString();
  const fired = await services.store.workflow.escalationKeys();
  const directory = await directorySnapshot(services.store);
  let recorded = 0;
  for (const cable of await services.store.workflow.cablesToWatch(scheme.escalate, cutoff)) {
    const acknowledged = new Set(
      (await services.store.workflow.acknowledgementsOf(cable.seq)).map((a) => a.personId),
    );
    const addressees = await actionAddressees(services, cable);
    const overdue = overdueAddressees(cable, addressees, acknowledged, scheme, now);
    const dueAt = new Date(
      Date.parse(cable.registeredAt) + scheme.targets[cable.precedence] * 60_000,
    ).toISOString();
    for (const addressee of overdue) {
      const post = directory.postOf(addressee, now);
      const officer = post ? scheme.dutyOfficers[post] : undefined;
      for (const recipient of new Set([cable.author, ...(officer ? [officer] : [])])) {
        const escalation = { cableSeq: cable.seq, addressee, recipient, dueAt, firedAt: now };
        if (fired.has(escalationKey(escalation))) continue;
        if (await services.store.workflow.recordEscalation(escalation)) recorded += 1;
        fired.add(escalationKey(escalation));
      }
    }
  }
  return recorded;
}

/** The escalation clock of a serving process: every `everyMs`, record the escalations due. */
export function runEscalationClock(
  services: Services,
  everyMs: number,
  onError: (error: unknown) => void,
): { tick(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(() => fireEscalations(services).then(() => {})).catch(onError);
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

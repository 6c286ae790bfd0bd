import { dayIn, scheduledAt } from '../../core/index.js';
import type { Services } from '../services.js';
import { registerDigest } from './register-digest.js';

/** A claim not registered within this long was left by a process that died; another takes it over. */
const STALE_CLAIM_MS = 10 * 60_000;

/**
 * Registers every scheduled digest whose hour has struck today in its
 * reader's time zone at `services.now()` and that is not registered yet. Each
 * is claimed under its unique (reader, day) key before its cable is made, so
 * it goes out once across restarts and processes. A day the server was down
 * through is not made up later. Returns the readers whose digest was registered.
 */
export async function fireDigests(
  services: Services,
  onError: (error: unknown) => void = () => {},
): Promise<string[]> {
  const now = services.now();
  const staleBefore = new Date(Date.parse(now) - STALE_CLAIM_MS).toISOString();
  const registered: string[] = [];
  for (const schedule of await services.store.digests.schedules()) {
    if (!schedule.enabled) continue;
    const day = dayIn(now, schedule.timeZone);
    const at = scheduledAt(day, schedule.hour, schedule.timeZone);
    if (Date.parse(at) > Date.parse(now)) continue;
    if (!(await services.store.digests.claimDigest(schedule.personId, day, now, staleBefore))) continue;
    try {
      const { cable } = await registerDigest(services, schedule.personId, { day, until: at });
      await services.store.digests.completeDigest(schedule.personId, day, cable.id);
      registered.push(schedule.personId);
    } catch (error) {
      // One reader's failure (left the organisation, lost their clearance) never stops the others' digests.
      onError(error);
    }
  }
  return registered;
}

/** The digest clock of a serving process: every `everyMs`, register the digests whose hour has struck. */
export function runDigestClock(
  services: Services,
  everyMs: number,
  onError: (error: unknown) => void,
): { tick(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(() => fireDigests(services, onError).then(() => {})).catch(onError);
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

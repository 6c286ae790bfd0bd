import { join } from 'node:path';
import { buildApp } from '../../src/http/app.js';
import { runDeadlineClock } from '../../src/services/deadlines/fire-deadline-alerts.js';
import type { Services } from '../../src/services/services.js';
import { runEscalationClock } from '../../src/services/workflow/fire-escalations.js';
import { openTestServices } from './open-test-services.js';
import { freePort, REPO } from './start-server.js';

/** A server in the test's own process whose clock the test sets: never reachable from `plenipo serve`. */
export interface ClockedServer {
  baseUrl: string;
  /** The served registry's services, on the same clock (to verify it, say). */
  services: Services;
  /** Sets the instant the server takes as now. */
  setNow(instant: string): void;
  /**
   * Looks at the deadlines and the handling targets now, as the serving process does every interval:
   * fires the alerts and records the escalations that are due.
   */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves the London 1945 example and the built web UI (dist/web: run `npm run
 * build` first) from this process, with an injected clock starting at `start`.
 * The clock is a test's: production code takes `now` from the system clock
 * and has no switch to set it, and this file is not built into dist.
 */
export async function startClockedServer(start: string): Promise<ClockedServer> {
  const registry = await openTestServices('london-1945');
  let now = start;
  const services: Services = { ...registry.services, now: () => now };
  const app = await buildApp(services, {
    webRoot: join(REPO, 'dist/web'),
    loginAttemptsPerMinute: 1000,
    loginBackoffSleep: async () => {},
  });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  // A long interval: the test ticks the clock itself, right after it moves it.
  const problems: unknown[] = [];
  const clock = await runDeadlineClock(services, 3_600_000, (error) => problems.push(error));
  const escalations = runEscalationClock(services, 3_600_000, (error) => problems.push(error));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    services,
    setNow: (instant) => {
      now = instant;
    },
    async tick() {
      await clock.tick();
      await escalations.tick();
      if (problems.length > 0) throw problems[0];
    },
    async stop() {
      await clock.stop();
      await escalations.stop();
      await app.close();
      await registry.cleanup();
    },
  };
}

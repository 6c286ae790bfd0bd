import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Deadline } from '../src/core/index.js';
import { registerCable } from '../src/services/cables/register-cable.js';
import { deadlineAlertsDue, fireDeadlineAlerts } from '../src/services/deadlines/fire-deadline-alerts.js';
import { applySetupDocument } from '../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../src/services/organisation/authority.js';
import type { Services } from '../src/services/services.js';
import { SqliteDatabase } from '../src/store/sqlite/sqlite-driver.js';
import { benchRegistry } from './bench-organisation.js';
import { report } from './report.js';

const DEADLINES = 1_000;
const PER_CABLE = 20;
const PEOPLE = 20;
const ROUNDS = 3;
const SET_AT = '2026-01-02T00:00:00.000Z';
/** Past every deadline's seven-day warning, before its one-day warning. */
const TICK_AT = '2026-03-25T00:00:00.000Z';

/**
 * deadline-alerts: alerts fired per second by one tick of the deadline clock
 * with 1,000 open deadlines, each warning four people, on SQLite: recorded in
 * one batch (what the clock does) against one insert and commit per alert
 * (the path before, as the baseline), on the same registry in the same run,
 * the alerts cleared between rounds. Both include finding what is due, in
 * each person's scope.
 */
export async function benchDeadlineAlerts(): Promise<void> {
  const { services, dir } = await registryWithDeadlines();
  const raw = new SqliteDatabase(join(dir, 'plenipo.db'));
  const at: Services = { ...services, now: () => TICK_AT };
  try {
    const unbatched = async () => {
      let recorded = 0;
      for (const alert of await deadlineAlertsDue(at))
        if (await at.store.deadlines.recordFiring(alert)) recorded += 1;
      return recorded;
    };
    const best = { batched: 0, unbatched: 0 };
    let alerts = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, fire] of [
        ['unbatched', unbatched],
        ['batched', () => fireDeadlineAlerts(at)],
      ] as const) {
        raw.prepare('delete from deadline_alerts').run();
        const started = process.hrtime.bigint();
        alerts = await fire();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        best[name] = Math.max(best[name], alerts / seconds);
      }
    }
    report({
      name: 'deadline-alerts-batched',
      value: best.batched,
      unit: 'alerts/s',
      ceiling: best.unbatched,
      ratio: best.batched / best.unbatched,
      note: `${alerts} alerts from ${DEADLINES} open deadlines in one tick; ceiling: one insert and commit per alert, same run; best of ${ROUNDS}`,
    });
  } finally {
    raw.close();
    await services.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A registry with a planned conference and 1,000 open deadlines, each warning seven days ahead. */
async function registryWithDeadlines() {
  const { services, dir } = await benchRegistry(PEOPLE, 2);
  const setAt: Services = { ...services, now: () => SET_AT };
  await applySetupDocument(setAt, OPERATOR, {
    conferences: [
      {
        id: 'bench',
        name: 'Bench conference',
        place: 'Geneva',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        plan: {
          ourParty: 'a',
          principals: ['p0'],
          delegation: ['p1'],
          parties: [
            { id: 'a', name: 'A' },
            { id: 'b', name: 'B' },
          ],
          issues: [{ id: 'treaty', title: 'The treaty' }],
        },
      },
    ],
  });
  for (let cable = 0; cable < DEADLINES / PER_CABLE; cable += 1) {
    const deadlines: Deadline[] = Array.from({ length: PER_CABLE }, (_, i) => ({
      id: `window-${i}`,
      description: 'A reply within the window',
      due: { type: 'at', at: `2026-03-${String(28 + (i % 3)).padStart(2, '0')}T12:00:00Z` },
      meets: { type: 'reply' },
      actors: ['p1', 'p3'],
      notify: ['p0', 'p5'],
      warn: [{ days: 7 }, { days: 1 }],
    }));
    await registerCable(setAt, 'p0', {
      to: ['p1', 'p3', 'p5'],
      precedence: 'ROUTINE',
      classification: 'SECRET',
      kind: 'directive',
      subject: `Windows to act in, ${cable}`,
      issues: [],
      conference: 'bench',
      body: 'Reply within each window.',
      payload: { type: 'deadlines', conference: 'bench', deadlines },
    });
  }
  return { services, dir };
}

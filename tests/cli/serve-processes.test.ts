import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/services/open-services.js';
import { allCables, expectOneGapFreeLine } from '../contract/expect-one-line.js';
import { EventStream } from '../support/event-stream.js';
import { logIn } from '../support/login.js';
import { runCli } from '../support/run-cli.js';
import { launchServe, waitUntilAnswering } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';
import { type AcknowledgedCable, apiTokenFor, type Writer, writeCables } from '../support/write-cables.js';

/** The processes whose parent is `pid` (Linux: from /proc). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces; the parent's pid is the second field after its closing parenthesis.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

async function until(holds: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (holds()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never: ${what}`);
}

describe.skipIf(process.platform !== 'linux')(
  'plenipo serve --processes 2 on SQLite',
  { timeout: SLOW },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenipo-processes-'));
    const db = join(dir, 'plenipo.db');
    let served: Awaited<ReturnType<typeof launchServe>>;

    beforeAll(async () => {
      served = await launchServe(db, ['--quiet', '--processes', '2']);
      const url = `${served.baseUrl}/api/openapi.json`;
      await waitUntilAnswering(url, served.child, served.output, { everyMs: 50, attempts: 1200 });
      await until(() => childrenOf(served.child.pid!).length === 2, 'two serving processes');
    }, SLOW);
    afterAll(async () => {
      if (served?.child.exitCode === null) served.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    it('registers from both, pushes every cable to readers on either, outlives a serving process and stops cleanly', async () => {
      const writers: Writer[] = [];
      for (const [login, to] of [
        ['stalin', 'three'],
        ['stalin', 'four'],
        ['molotov', 'stalin'],
        ['gromyko', 'stalin'],
      ] as const)
        writers.push({ login, to, authorization: await apiTokenFor(served.baseUrl, login) });
      // Four streams of one reader, over four connections the processes take in turn: whichever process
      // registers a cable, each stream hears it once.
      const session = await logIn(served.baseUrl, 'beria');
      const streams = await Promise.all(
        Array.from({ length: 4 }, () => EventStream.open(served.baseUrl, session)),
      );
      const acknowledged: AcknowledgedCable[] = [];
      await Promise.all(
        writers.map((writer, i) =>
          writeCables(served.baseUrl, writer, { label: `A${i}`, acknowledged, max: 8 }),
        ),
      );
      const forBeria = acknowledged
        .filter((cable) => cable.writer.login === 'stalin')
        .map((cable) => cable.id);
      for (const stream of streams) {
        const waiting = new Set(forBeria);
        const events = await stream.until((data) => {
          for (const id of waiting) if (data.includes(id)) waiting.delete(id);
          return waiting.size === 0;
        });
        const pushed = events
          .filter((event) => event.event === 'cable')
          .map((event) => JSON.parse(event.data).id);
        expect(pushed.sort()).toEqual([...forBeria].sort());
      }
      for (const stream of streams) await stream.close();

      // A serving process killed outright is replaced; registration goes on through the others.
      const [victim] = childrenOf(served.child.pid!);
      process.kill(victim!, 'SIGKILL');
      await until(
        () => childrenOf(served.child.pid!).filter((pid) => pid !== victim).length === 2,
        'a serving process in place of the one killed',
      );
      const afterCrash: AcknowledgedCable[] = [];
      for (const [i, writer] of writers.entries()) {
        // A request on a connection the killed process held fails; the writer's next cable goes elsewhere.
        await writeCables(served.baseUrl, writer, { label: `B${i}`, acknowledged: afterCrash, max: 2 });
        await writeCables(served.baseUrl, writer, { label: `C${i}`, acknowledged: afterCrash, max: 3 });
      }
      expect(afterCrash.length).toBeGreaterThanOrEqual(writers.length * 3);

      served.child.kill('SIGTERM');
      await once(served.child, 'exit');
      expect(served.child.exitCode, served.output()).toBe(0);
      expect(served.output()).toMatch(/serving process \d+ stopped \(SIGKILL\); starting another/);

      const services = await openServices(db);
      try {
        const cables = await allCables(services);
        expectOneGapFreeLine(cables);
        const numbers = new Set(cables.map((cable) => cable.number));
        expect([...acknowledged, ...afterCrash].filter((cable) => !numbers.has(cable.number))).toEqual([]);
      } finally {
        await services.store.close();
      }
      const verified = await runCli(['verify', '--db', db]);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    });
  },
);

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/services/open-services.js';
import { EventStream, type ServerSentEvent } from '../support/event-stream.js';
import { logIn } from '../support/login.js';
import { runCli } from '../support/run-cli.js';
import { type ServedRegistry, serveRegistry } from '../support/serve-registry.js';
import { SLOW } from '../support/timeouts.js';
import { type AcknowledgedCable, apiTokenFor, type Writer, writeCables } from '../support/write-cables.js';
import { DATABASE_URL, databaseUrl, onServer } from './dialects.js';
import { allCables, expectOneGapFreeLine } from './expect-one-line.js';

const SKIPPED = DATABASE_URL
  ? null
  : 'DATABASE_URL is not set: run through scripts/with-postgres.sh (npm test does) to test PostgreSQL';
/** Cables each writer registers. */
const PER_WRITER = 15;

describe.skipIf(SKIPPED !== null)(
  `two plenipo processes on one PostgreSQL registry${SKIPPED ? ` (skipped: ${SKIPPED})` : ''}`,
  { timeout: SLOW },
  () => {
    const name = `plenipo_two_${randomBytes(6).toString('hex')}`;
    const db = DATABASE_URL ? databaseUrl(DATABASE_URL, name) : '';
    // Every process of one registry holds the same master key.
    const masterKey = randomBytes(32).toString('hex');
    const servers: ServedRegistry[] = [];
    let a: ServedRegistry;
    let b: ServedRegistry;
    let previousKey: string | undefined;

    beforeAll(async () => {
      previousKey = process.env.PLENIPO_MASTER_KEY;
      process.env.PLENIPO_MASTER_KEY = masterKey;
      await onServer(`create database ${name}`);
      // A first, alone: it finds the database new and loads the London 1945 example into it, which a
      // PostgreSQL registry gets only when asked by name.
      a = await serveRegistry(db, ['--quiet', '--example', 'london']);
      servers.push(a);
      b = await serveRegistry(db);
      servers.push(b);
    }, SLOW);
    afterAll(async () => {
      for (const server of servers) await server.stop();
      if (previousKey === undefined) delete process.env.PLENIPO_MASTER_KEY;
      else process.env.PLENIPO_MASTER_KEY = previousKey;
      if (DATABASE_URL) await onServer(`drop database if exists ${name} with (force)`);
    });

    it('keeps registry numbers gap-free and the chain one line under writers on both, and pushes across them', async () => {
      const beriaOnA = await EventStream.open(a.baseUrl, await logIn(a.baseUrl, 'beria'));
      const writer = async (server: ServedRegistry, login: string, to: string): Promise<Writer> => ({
        login,
        to,
        authorization: await apiTokenFor(server.baseUrl, login),
      });
      const writers: [ServedRegistry, Writer][] = [
        [a, await writer(a, 'stalin', 'three')],
        [a, await writer(a, 'molotov', 'stalin')],
        [b, await writer(b, 'stalin', 'four')],
        [b, await writer(b, 'molotov', 'stalin')],
        [b, await writer(b, 'gromyko', 'stalin')],
      ];
      const acknowledged: AcknowledgedCable[] = [];
      try {
        await Promise.all(
          writers.map(([server, w], i) =>
            writeCables(server.baseUrl, w, { label: `P${i}`, acknowledged, max: PER_WRITER }),
          ),
        );
        // Stalin's writers on A and on B address the Three and the Four, beria among both: he hears
        // every one of them on A, whichever process registered it. The writers run side by side, so
        // the stream is read until the last of them arrives, not the last one of either writer.
        const forBeria = acknowledged
          .filter((c) => c.marker.startsWith('P0') || c.marker.startsWith('P2'))
          .map((c) => c.id);
        const waiting = new Set(forBeria);
        const events = await beriaOnA.until((data) => {
          for (const id of waiting) if (data.includes(id)) waiting.delete(id);
          return waiting.size === 0;
        });
        const pushed = events
          .filter((event: ServerSentEvent) => event.event === 'cable')
          .map((event) => JSON.parse(event.data).id as string);
        expect(new Set(pushed).size).toBe(pushed.length);
        expect(pushed.sort()).toEqual(forBeria.sort());
      } finally {
        await beriaOnA.close();
      }
      expect(acknowledged).toHaveLength(writers.length * PER_WRITER);

      const services = await openServices(db);
      try {
        const cables = await allCables(services);
        expectOneGapFreeLine(cables);
        const numbers = new Set(cables.map((cable) => cable.number));
        expect(acknowledged.filter((cable) => !numbers.has(cable.number))).toEqual([]);
      } finally {
        await services.store.close();
      }
      const verified = await runCli(['verify', '--db', db], { env: { PLENIPO_MASTER_KEY: masterKey } });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    });
  },
);

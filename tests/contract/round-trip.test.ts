import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenarios/load-scenario.js';
import { london1945 } from '../../scenarios/london-1945/index.js';
import { exportRegistry } from '../../src/services/archive/export-registry.js';
import { importRegistry } from '../../src/services/archive/import-registry.js';
import { signRegistryHead } from '../../src/services/integrity/sign-registry-head.js';
import { verifyRegistry } from '../../src/services/integrity/verify-registry.js';
import { openServices } from '../../src/services/open-services.js';
import type { Services } from '../../src/services/services.js';
import { buildTestApp } from '../support/build-test-app.js';
import { logInInProcess } from '../support/login.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';
import { SLOW } from '../support/timeouts.js';
import { DATABASE_URL, databaseUrl, onServer } from './dialects.js';

/*
 * Issue 10, lossless interchange: the London 1945 registry exported, imported
 * into a new registry (a SQLite file, or a PostgreSQL database) and exported
 * again gives the same bytes; and every person gets the same answer from
 * either registry to every request they can make.
 */

/** Both registries answer at one instant, so "now" cannot tell them apart. */
const NOW = '1945-12-20T12:00:00.000Z';
const CONFERENCE = 'london-1945';

async function exportText(services: Services): Promise<string> {
  let text = '';
  for await (const record of exportRegistry(services, 'cli')) text += `${JSON.stringify(record)}\n`;
  return text;
}

async function* linesOf(text: string) {
  yield* text.split('\n');
}

/** A new, empty PostgreSQL database under a master key, dropped when the file ends. */
async function openPostgres(keyFile: string): Promise<TestServices> {
  const name = `plenipo_roundtrip_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const db = databaseUrl(DATABASE_URL!, name);
  const services = await openServices(db, keyFile);
  return {
    services,
    dir: '',
    db,
    keyFile,
    async cleanup() {
      await services.store.close();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}

const TARGETS = [
  { name: 'sqlite', skipped: null },
  {
    name: 'postgres',
    skipped: DATABASE_URL ? null : 'DATABASE_URL is not set: run through scripts/with-postgres.sh',
  },
] as const;

for (const target of TARGETS) {
  describe.skipIf(target.skipped !== null)(
    `export → import into ${target.name} → export${target.skipped ? ` (skipped: ${target.skipped})` : ''}`,
    { timeout: SLOW },
    () => {
      let source: TestServices;
      let copy: TestServices;
      let first: string;
      let apps: [FastifyInstance, FastifyInstance];
      beforeAll(async () => {
        // Source and copy on the same store: full-text search ranks and cuts snippets its own way on each.
        if (target.name === 'sqlite') {
          source = await openTestServices('london-1945');
          copy = await openTestServices('empty', { keyFile: source.keyFile });
        } else {
          const keyFile = join(mkdtempSync(join(tmpdir(), 'plenipo-roundtrip-')), 'master.key');
          writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
          source = await openPostgres(keyFile);
          await loadScenario(source.services, london1945);
          copy = await openPostgres(keyFile);
        }
        source.services = { ...source.services, now: () => NOW };
        copy.services = { ...copy.services, now: () => NOW };
        // A signed head, so that heads travel too.
        await signRegistryHead(source.services);
        first = await exportText(source.services);
        await importRegistry(copy.services, linesOf(first));
        const options = { loginAttemptsPerMinute: 100_000 };
        apps = [await buildTestApp(source.services, options), await buildTestApp(copy.services, options)];
      }, SLOW);
      afterAll(async () => {
        for (const app of apps ?? []) await app.close();
        await copy?.cleanup();
        await source?.cleanup();
      });

      it('gives back the same bytes when the imported registry is exported again', async () => {
        for (const type of ['server-key', 'secret', 'cable', 'verdict', 'alert', 'head'])
          expect(first.includes(`{"type":"${type}"`), type).toBe(true);
        const second = await exportText(copy.services);
        expect(second.length).toBe(first.length);
        expect(second === first).toBe(true);
        expect((await verifyRegistry(copy.services)).fault).toBeNull();
      });

      it('answers every person the same from both registries, on every route they can read', {
        timeout: 3 * SLOW,
      }, async () => {
        const people = (await source.services.store.directory.people())
          .map((person) => person.id)
          .filter((id) => id !== 'registry');
        const references: string[] = [];
        for await (const batch of source.services.store.registry.scan(500))
          for (const scanned of batch) references.push(scanned.cable!.id, scanned.cable!.number);
        const urls = [
          '/api/inbox?limit=200',
          '/api/inbox?box=sent&limit=200',
          '/api/search?q=reparations&limit=200',
          '/api/search?q=Romania&limit=200',
          `/api/search?conference=${CONFERENCE}&limit=200`,
          '/api/export',
          '/api/directory',
          '/api/conferences',
          `/api/conferences/${CONFERENCE}/mandates`,
          `/api/conferences/${CONFERENCE}/moves`,
          '/api/alerts',
          '/api/registry/head',
          ...references.map((reference) => `/api/cables/${encodeURIComponent(reference)}`),
        ];
        // People ask side by side (what one does changes nothing another sees), each in one order on both registries.
        const counts = await Promise.all(
          people.map(async (person) => {
            const [a, b] = await Promise.all(apps.map((app) => logInInProcess(app, person)));
            for (const url of urls) {
              const [left, right] = await Promise.all([
                apps[0].inject({ method: 'GET', url, headers: a!.reads }),
                apps[1].inject({ method: 'GET', url, headers: b!.reads }),
              ]);
              expect({ status: right.statusCode, body: right.body }, `${person}: GET ${url}`).toEqual({
                status: left.statusCode,
                body: left.body,
              });
            }
            return urls.length;
          }),
        );
        const comparisons = counts.reduce((sum, n) => sum + n, 0);
        console.log(
          `round trip into ${target.name}: ${comparisons} answers compared for ${people.length} people`,
        );
        expect(comparisons).toBe(people.length * urls.length);
      });
    },
  );
}

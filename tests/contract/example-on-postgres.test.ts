import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchServe } from '../support/start-server.js';
import { SLOW } from '../support/timeouts.js';
import { DATABASE_URL, databaseUrl, onServer } from './dialects.js';

const SKIPPED = DATABASE_URL
  ? null
  : 'DATABASE_URL is not set: run through scripts/with-postgres.sh (npm test does) to test PostgreSQL';

describe.skipIf(SKIPPED !== null)(
  `plenipo serve on a new PostgreSQL database${SKIPPED ? ` (skipped: ${SKIPPED})` : ''}`,
  { timeout: SLOW },
  () => {
    const name = `plenipo_example_${randomBytes(6).toString('hex')}`;
    const db = DATABASE_URL ? databaseUrl(DATABASE_URL, name) : '';
    let previousKey: string | undefined;
    beforeAll(async () => {
      previousKey = process.env.PLENIPO_MASTER_KEY;
      process.env.PLENIPO_MASTER_KEY = randomBytes(32).toString('hex');
      await onServer(`create database ${name}`);
    });
    afterAll(async () => {
      if (previousKey === undefined) delete process.env.PLENIPO_MASTER_KEY;
      else process.env.PLENIPO_MASTER_KEY = previousKey;
      if (DATABASE_URL) await onServer(`drop database if exists ${name} with (force)`);
    });

    it('refuses to load the example (demo logins) unless asked by name, and loads no one', async () => {
      const { child, output } = await launchServe(db, ['--quiet']);
      const [code] = await once(child, 'exit');
      expect(code, output()).toBe(1);
      expect(output()).toMatch(/--empty.*--example london/s);
      const client = new pg.Client({ connectionString: db });
      await client.connect();
      try {
        const people = await client.query('select count(*) as n from people');
        expect(Number(people.rows[0].n)).toBe(0);
      } finally {
        await client.end();
      }
    });
  },
);

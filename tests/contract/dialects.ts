import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { loadScenario } from '../../scenarios/load-scenario.js';
import { organisation } from '../../scenarios/london-1945/organisation.js';
import { openServices } from '../../src/services/open-services.js';
import { openTestServices, type TestServices } from '../support/open-test-services.js';

/** The PostgreSQL server the contract tests may use: scripts/with-postgres.sh starts one and sets it. */
export const DATABASE_URL = process.env.DATABASE_URL;

/** A dialect the store contract runs against, or the reason it is skipped on this run. */
export interface ContractDialect {
  name: 'sqlite' | 'postgres';
  /** Why this dialect is not tested on this run, or null when it is. */
  skipped: string | null;
  /** A new registry holding the London 1945 organisation and no cable. */
  open(): Promise<TestServices>;
}

export const DIALECTS: ContractDialect[] = [
  { name: 'sqlite', skipped: null, open: () => openTestServices('london-organisation') },
  {
    name: 'postgres',
    skipped: DATABASE_URL
      ? null
      : 'DATABASE_URL is not set: run through scripts/with-postgres.sh (npm test does) to test PostgreSQL',
    open: openPostgresTestServices,
  },
];

/** The suite title: the dialect, and why it is skipped when it is. */
export function titleOf(dialect: ContractDialect): string {
  return dialect.skipped ? `${dialect.name} (skipped: ${dialect.skipped})` : dialect.name;
}

/** `url` with its database name replaced. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on the server of DATABASE_URL (database names cannot be bound parameters). */
export async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/**
 * The organisation is loaded once per test file into a template database
 * (argon2 hashes every demo password), which each new registry copies with
 * CREATE DATABASE … TEMPLATE, as the SQLite tests copy a template file.
 */
let template: Promise<{ name: string; keyFile: string }> | undefined;
const templateDir = mkdtempSync(join(tmpdir(), 'plenipo-pg-template-'));
const databases: string[] = [];

afterAll(async () => {
  if (template) {
    const { name } = await template;
    await onServer(`drop database if exists ${name}`);
  }
  for (const name of databases.splice(0)) await onServer(`drop database if exists ${name} with (force)`);
  rmSync(templateDir, { recursive: true, force: true });
});

async function buildTemplate() {
  const name = uniqueName('plenipo_template');
  const keyFile = join(templateDir, 'master.key');
  writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  await onServer(`create database ${name}`);
  const services = await openServices(databaseUrl(DATABASE_URL!, name), keyFile);
  await loadScenario(services, { ...organisation, cables: [] });
  await services.store.close();
  return { name, keyFile };
}

async function openPostgresTestServices(): Promise<TestServices> {
  template ??= buildTemplate();
  const { name: templateName, keyFile } = await template;
  const name = uniqueName('plenipo_contract');
  await onServer(`create database ${name} template ${templateName}`);
  databases.push(name);
  const db = databaseUrl(DATABASE_URL!, name);
  const services = await openServices(db, keyFile);
  return {
    services,
    dir: templateDir,
    db,
    keyFile,
    async cleanup() {
      await services.store.close();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}

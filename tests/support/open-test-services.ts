import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadScenario } from '../../scenarios/load-scenario.js';
import { london1945 } from '../../scenarios/london-1945/index.js';
import { organisation } from '../../scenarios/london-1945/organisation.js';
import { openServices } from '../../src/services/open-services.js';
import type { Services } from '../../src/services/services.js';

/** How many cables the London 1945 example registers. */
export const EXAMPLE_CABLES = london1945.cables.length;
/** What the example's registry holds: the registry's own setup entry, the organisation's, and the cables. */
export const EXAMPLE_ENTRIES = EXAMPLE_CABLES + 2;

/**
 * What a test registry starts with: nothing; the London 1945 organisation
 * (people, groups, series) without a single cable; or the whole example (EXAMPLE_CABLES cables).
 */
export type TestExample = 'empty' | 'london-organisation' | 'london-1945';

export interface TestServices {
  services: Services;
  /** The temp folder that holds the database and its key file. */
  dir: string;
  db: string;
  keyFile: string;
  /** Closes the store and deletes the temp folder. */
  cleanup(): Promise<void>;
}

/**
 * Opens a real SQLite registry in a fresh temp folder, through the same
 * `openServices` the CLI and server use. Loading an example hashes every
 * demo password with argon2, so each example is loaded once per test file
 * into a template that later registries are copied from. Pass `keyFile` to
 * open a new registry under another registry's master key (an import target).
 */
export async function openTestServices(
  example: TestExample = 'empty',
  options: { keyFile?: string } = {},
): Promise<TestServices> {
  if (options.keyFile && example !== 'empty') {
    throw new Error('an example comes with its own master key: pass keyFile only for an empty registry');
  }
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-test-'));
  const db = join(dir, 'plenipo.db');
  const keyFile = options.keyFile ?? `${db}.key`;
  if (example !== 'empty') {
    const template = await templateOf(example);
    copyFileSync(template.db, db);
    copyFileSync(template.keyFile, keyFile);
  }
  const services = await openServices(db, keyFile);
  return {
    services,
    dir,
    db,
    keyFile,
    async cleanup() {
      await services.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Each test file gets fresh modules, so these are the current file's templates, deleted when it ends. */
const templates = new Map<TestExample, Promise<{ db: string; keyFile: string }>>();
const templateDirs: string[] = [];
afterAll(() => {
  for (const dir of templateDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  templates.clear();
});

function templateOf(example: Exclude<TestExample, 'empty'>) {
  let template = templates.get(example);
  if (!template) {
    template = buildTemplate(example);
    templates.set(example, template);
  }
  return template;
}

async function buildTemplate(example: Exclude<TestExample, 'empty'>) {
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-template-'));
  templateDirs.push(dir);
  const db = join(dir, 'plenipo.db');
  const keyFile = `${db}.key`;
  const services = await openServices(db, keyFile);
  await loadScenario(services, example === 'london-1945' ? london1945 : { ...organisation, cables: [] });
  // Closing the only connection checkpoints the WAL into the file, so a plain copy is complete.
  await services.store.close();
  return { db, keyFile };
}

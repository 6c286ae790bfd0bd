import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { exportRegistry } from '../src/services/archive/export-registry.js';
import { importRegistry } from '../src/services/archive/import-registry.js';
import { openServices } from '../src/services/open-services.js';
import { generatedRegistry } from './generate/generate-registry.js';
import { report } from './report.js';

const CABLES = Number(process.env.BENCH_EXPORT_CABLES ?? 100_000);

/**
 * export / import: cables/s of `plenipo export --jsonl` and `plenipo import
 * --jsonl` through their services, as the CLI drives them: the export written
 * to a file a line per record, then read back into a new registry, which
 * verifies every cable (chain, signature) before it stores it.
 */
export async function benchImportExport(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES });
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-bench-jsonl-'));
  const file = join(dir, 'export.jsonl');
  try {
    const exportSeconds = await exportTo(registry.path, registry.keyPath, file);
    const megabytes = statSync(file).size / 1e6;
    report({
      name: 'export',
      value: CABLES / exportSeconds,
      unit: 'cables/s',
      note: `${CABLES} cables, ${Math.round(megabytes)} MB of JSON Lines in ${exportSeconds.toFixed(1)} s`,
    });
    const importSeconds = await importFrom(file, join(dir, 'imported.db'), registry.keyPath);
    report({
      name: 'import',
      value: CABLES / importSeconds,
      unit: 'cables/s',
      note: `${CABLES} cables from ${Math.round(megabytes)} MB in ${importSeconds.toFixed(1)} s, each verified before it is stored`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function exportTo(db: string, keyPath: string, file: string): Promise<number> {
  const services = await openServices(db, keyPath);
  const out = createWriteStream(file);
  try {
    const started = performance.now();
    for await (const record of exportRegistry(services, 'bench')) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return (performance.now() - started) / 1000;
  } finally {
    await services.store.close();
  }
}

async function importFrom(file: string, db: string, keyPath: string): Promise<number> {
  const services = await openServices(db, keyPath);
  try {
    const started = performance.now();
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const { cables } = await importRegistry(services, lines);
    if (cables !== CABLES) throw new Error(`imported ${cables} of ${CABLES} cables`);
    return (performance.now() - started) / 1000;
  } finally {
    await services.store.close();
  }
}

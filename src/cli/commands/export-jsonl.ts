import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { exportRegistry } from '../../services/archive/export-registry.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

/** Writes the whole registry as JSON Lines to --out or stdout. */
export async function exportJsonl(options: { db: string; out?: string }): Promise<void> {
  const services = await openServices(options.db);
  const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  try {
    const bar = progressBar('Exporting');
    for await (const record of exportRegistry(services, 'cli', bar.update)) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    }
    bar.stop();
  } finally {
    if (options.out) {
      out.end();
      await once(out, 'finish');
    }
    await services.store.close();
  }
}

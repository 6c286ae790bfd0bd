import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { importRegistry } from '../../services/archive/import-registry.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

/** Loads a JSON Lines export (from --in or stdin) into a new registry, verifying every cable on the way. */
export async function importJsonl(options: { db: string; in?: string }): Promise<void> {
  const services = await openServices(options.db);
  try {
    const input = options.in ? createReadStream(options.in) : process.stdin;
    const bar = progressBar('Importing');
    const { cables } = await importRegistry(
      services,
      createInterface({ input, crlfDelay: Infinity }),
      bar.update,
    );
    bar.stop();
    process.stdout.write(`Imported ${cables} cables into ${options.db}\n`);
  } finally {
    await services.store.close();
  }
}

import { loadScenario } from '../../../scenarios/load-scenario.js';
import { london1945 } from '../../../scenarios/london-1945/index.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

/** Loads the London 1945 example into a new registry file. */
export async function demo(options: { db: string }): Promise<void> {
  const services = await openServices(options.db);
  try {
    if ((await services.store.directory.people()).length > 0) {
      throw new Error(`${options.db} is not empty: the example loads into a new registry only`);
    }
    const bar = progressBar('Registering the London 1945 cables');
    const count = await loadScenario(services, london1945, bar.update);
    bar.stop();
    process.stdout.write(`Loaded the London 1945 example: ${count} cables into ${options.db}\n`);
  } finally {
    await services.store.close();
  }
}

import { bargainingScenario } from '../../../scenarios/bargaining/index.js';
import { loadScenario } from '../../../scenarios/load-scenario.js';
import { london1945 } from '../../../scenarios/london-1945/index.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

const EXAMPLES = {
  london: { title: 'the London 1945 example', scenario: () => london1945 },
  bargaining: { title: 'the contract bargaining example', scenario: bargainingScenario },
} as const;

/** Loads an example (London 1945 by default, or the union's contract bargaining) into a new registry file. */
export async function demo(options: { db: string; example?: keyof typeof EXAMPLES }): Promise<void> {
  const example = EXAMPLES[options.example ?? 'london'];
  const services = await openServices(options.db);
  try {
    if ((await services.store.registry.count()) > 0) {
      throw new Error(`${options.db} is not empty: an example loads into a new registry only`);
    }
    const bar = progressBar(`Registering the cables of ${example.title}`);
    const count = await loadScenario(services, example.scenario(), bar.update);
    bar.stop();
    process.stdout.write(`Loaded ${example.title}: ${count} cables into ${options.db}\n`);
  } finally {
    await services.store.close();
  }
}

import { loadScenario } from '../../../scenarios/load-scenario.js';
import { london1945 } from '../../../scenarios/london-1945/index.js';
import { verifyBeforeServing } from '../../services/integrity/verify-before-serving.js';
import { evaluatePendingReports } from '../../services/mandates/evaluate-moves.js';
import type { Services } from '../../services/services.js';
import { progressBar } from '../progress.js';
import { exampleToLoad } from './example-to-load.js';

/**
 * What happens once before a registry is served: a new one gets the London
 * 1945 example as `exampleToLoad` decides; the registry is verified (refusing to serve one
 * edited behind the chain: docs/security.md, exits 1) and the reports still
 * without verdicts get them.
 */
export async function prepareRegistry(
  services: Services,
  db: string,
  options: { empty?: boolean; example?: string },
): Promise<void> {
  const isNew = (await services.store.directory.people()).length === 0;
  let example: 'london' | null;
  try {
    example = exampleToLoad({
      dialect: services.store.dialect,
      isNew,
      empty: options.empty === true,
      ...(options.example !== undefined ? { example: options.example } : {}),
    });
  } catch (error) {
    // An open PostgreSQL pool (and its LISTEN connection) would keep the refused process alive.
    await services.store.close();
    throw error;
  }
  if (example === 'london') {
    const bar = progressBar('Loading the London 1945 example');
    await loadScenario(services, london1945, bar.update);
    bar.stop();
  }
  const verifying = progressBar('Verifying the registry before serving it');
  const refusal = await verifyBeforeServing(services, verifying.update);
  verifying.stop();
  if (refusal) {
    await services.store.close();
    process.stderr.write(refusalBanner(db, refusal));
    process.exit(1);
  }
  await evaluatePendingReports(services);
}

/** Loud, on the console: what does not hold, and what to do. */
function refusalBanner(db: string, refusal: string): string {
  const rule = '!'.repeat(72);
  return [
    rule,
    'plenipo: REFUSING TO SERVE: the registry does not verify.',
    `  ${db}: ${refusal}`,
    '  Nothing was served and no head was signed. Run `plenipo verify` to see it again, and restore',
    '  the registry from a backup or an export that verifies against a head you keep.',
    rule,
    '',
  ].join('\n');
}

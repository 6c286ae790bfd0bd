import { openServices } from '../../services/open-services.js';
import { verifyRegistry } from '../../services/verify-registry.js';
import { progressBar } from '../progress.js';

/** Recomputes every hash and signature; exit 0 with the count, or 1 naming the first cable that fails. */
export async function verify(options: { db: string }): Promise<number> {
  const services = await openServices(options.db);
  try {
    const bar = progressBar('Verifying');
    const result = await verifyRegistry(services, bar.update);
    bar.stop();
    if (result.fault) {
      const { number, seq, fault, message } = result.fault;
      process.stdout.write(`FAILED at ${number} (position ${seq}): ${fault}: ${message}\n`);
      return 1;
    }
    process.stdout.write(`OK: ${result.checked} cables verified (chain, signatures, readers)\n`);
    return 0;
  } finally {
    await services.store.close();
  }
}

import { readFileSync } from 'node:fs';
import type { CableFault } from '../../core/index.js';
import { verifyRegistry } from '../../services/integrity/verify-registry.js';
import { verifyRegistryHead } from '../../services/integrity/verify-registry-head.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

/**
 * Recomputes every hash and signature; exit 0 with the count, or 1 naming the first cable that fails.
 * With `head`, a signed head exported earlier, also checks that the registry still holds it.
 */
export async function verify(options: { db: string; head?: string }): Promise<number> {
  const exported = options.head === undefined ? undefined : readHead(options.head);
  if (exported instanceof Error) {
    process.stdout.write(`FAILED: ${options.head} is not a signed head: ${exported.message}\n`);
    return 1;
  }
  const services = await openServices(options.db);
  try {
    const bar = progressBar('Verifying');
    if (options.head === undefined) {
      const result = await verifyRegistry(services, bar.update);
      bar.stop();
      return reportChain(result);
    }
    const { chain, head, fault } = await verifyRegistryHead(services, exported, bar.update);
    bar.stop();
    const chainCode = reportChain(chain);
    if (fault) {
      const at = fault.seq === null ? options.head : `position ${fault.seq}`;
      process.stdout.write(`FAILED at ${at} against the signed head: ${fault.fault}: ${fault.message}\n`);
      return 1;
    }
    const { signedAt, seq, hash, publicKey } = head!;
    process.stdout.write(
      chainCode === 0
        ? `OK: the registry still holds the head signed at ${signedAt}: position ${seq}, hash ${hash}, server key ${publicKey}\n`
        : `The head signed at ${signedAt} matches the hash stored at position ${seq}, but the chain fails as above\n`,
    );
    return chainCode;
  } finally {
    await services.store.close();
  }
}

function reportChain(result: { checked: number; fault: CableFault | null }): number {
  if (result.fault) {
    const { number, seq, fault, message } = result.fault;
    process.stdout.write(`FAILED at ${number} (position ${seq}): ${fault}: ${message}\n`);
    return 1;
  }
  process.stdout.write(`OK: ${result.checked} cables verified (chain, signatures, readers)\n`);
  return 0;
}

function readHead(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    return error as Error;
  }
}

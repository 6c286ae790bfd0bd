import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { canonicalChainedEnvelope, canonicalSignedEnvelope } from '../src/core/index.js';
import { verifyRegistry } from '../src/services/integrity/verify-registry.js';
import { signatureWorkersFor } from '../src/services/integrity/verify-workers/signature-pool.js';
import { openServices } from '../src/services/open-services.js';
import type { Services } from '../src/services/services.js';
import { generatedRegistry } from './generate/generate-registry.js';
import type { RawCable } from './raw-crypto-worker.js';
import { report } from './report.js';

// The import-export benchmark's registry too: generated once, it serves both.
const CABLES = Number(process.env.BENCH_VERIFY_CABLES ?? 100_000);
/** Cables the ceiling is measured on: its rate per cable does not depend on the registry's size. */
const CEILING_CABLES = Number(process.env.BENCH_VERIFY_CEILING_CABLES ?? 40_000);

/**
 * verify: cables/s of `plenipo verify`'s service on a generated registry,
 * against the raw crypto the same cables need, on every core: one SHA-256 of
 * each canonical chained envelope (the chain hash, the only hash verify
 * computes) and one Ed25519 verification of each canonical signed envelope.
 */
export async function benchVerify(): Promise<void> {
  const registry = await generatedRegistry({ cables: CABLES });
  const services = await openServices(registry.path, registry.keyPath);
  try {
    const started = performance.now();
    const result = await verifyRegistry(services);
    const seconds = (performance.now() - started) / 1000;
    if (result.fault) throw new Error(`the generated registry does not verify: ${result.fault.message}`);
    const value = result.checked / seconds;
    const ceiling = await rawCryptoRate(services);
    report({
      name: 'verify',
      value,
      unit: 'cables/s',
      ceiling,
      ratio: value / ceiling,
      note: `${result.checked} cables in ${seconds.toFixed(1)} s, ${signatureWorkersFor(CABLES)} signature workers; ceiling: SHA-256 + Ed25519 verify of the first ${CEILING_CABLES} cables' envelopes on ${availableParallelism()} worker threads`,
    });
  } finally {
    await services.store.close();
  }
}

/** Cables/s of the raw crypto alone, the cables shared out to one worker thread per core. */
async function rawCryptoRate(services: Services): Promise<number> {
  const keys = new Map((await services.store.directory.projectedPeople()).map((p) => [p.id, p.publicKey]));
  const cables: RawCable[] = [];
  for await (const batch of services.store.registry.scan(1000)) {
    for (const scanned of batch) {
      if (!scanned.cable || cables.length >= CEILING_CABLES) continue;
      const { cable } = scanned;
      const signed = canonicalSignedEnvelope(cable);
      cables.push({
        chained: Buffer.from(canonicalChainedEnvelope(cable, signed)),
        signed: Buffer.from(signed),
        signature: Buffer.from(cable.signature, 'base64'),
        publicKey: keys.get(cable.author)!,
      });
    }
    if (cables.length >= CEILING_CABLES) break;
  }
  const cores = Math.max(1, availableParallelism());
  const workers = Array.from(
    { length: cores },
    () => new Worker(new URL('./raw-crypto-worker.js', import.meta.url)),
  );
  try {
    await Promise.all(
      workers.map((worker, w) => {
        worker.postMessage({ cables: cables.filter((_, i) => i % cores === w) });
        return once(worker, 'message');
      }),
    );
    const started = performance.now();
    const answers = await Promise.all(
      workers.map(async (worker) => {
        worker.postMessage('go');
        return (await once(worker, 'message'))[0] as { holding: number };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const holding = answers.reduce((sum, answer) => sum + answer.holding, 0);
    if (holding !== cables.length) throw new Error(`only ${holding} of ${cables.length} signatures verify`);
    return cables.length / seconds;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

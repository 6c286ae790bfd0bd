import { type CableFault, DigestPayloadSchema, REGISTRY_PRINCIPAL } from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * Checks the digests table against the chain: each digest given names a cable
 * the registry wrote to that reader alone, whose payload is that reader's
 * digest of that day. A claim without a cable is one under way (or left by a
 * process that died), not a fault. Names the first row that does not hold.
 */
export async function compareDigests(services: Services): Promise<CableFault | null> {
  for (const claim of await services.store.digests.digestClaims()) {
    if (claim.cableId === null) continue;
    const found = await services.store.registry.resolveReference(claim.cableId);
    const cable = found ? await services.store.registry.atSeq(found.seq) : null;
    const digest = DigestPayloadSchema.safeParse(cable?.payload);
    const holds =
      cable !== null &&
      cable.author === REGISTRY_PRINCIPAL &&
      cable.kind === 'digest' &&
      digest.success &&
      digest.data.reader === claim.personId &&
      digest.data.day === claim.day;
    if (!holds)
      return {
        seq: cable?.seq ?? 0,
        number: cable?.number ?? claim.cableId,
        fault: 'projection-mismatch',
        message: `the digest of ${claim.personId} for ${claim.day} is not the registry's digest cable it names`,
      };
  }
  return null;
}

import { type CableFault, type OrganisationState, REGISTRY_PRINCIPAL } from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * Checks what every key of the chain rests on (issue 12, finding 3): each key
 * is pinned by a setup entry signed by a key pinned before it, back to the
 * registry's first entry, which declares its own author's key. That entry is
 * only trustworthy if its author is the registry itself and its key is the
 * server key, whose private half is sealed under the master key kept outside
 * the database. Someone holding the file but not the key file can re-sign and
 * re-hash the whole chain under keys of their own, but cannot seal a key, so
 * the rewritten first entry no longer names the server key: named here.
 */
export async function checkRegistryAnchor(
  services: Services,
  state: OrganisationState,
): Promise<CableFault | null> {
  const first = await services.store.registry.atSeq(1);
  if (!first) return null;
  const fault = (message: string): CableFault => ({
    seq: 1,
    number: first.number,
    fault: 'unanchored',
    message,
  });
  if (first.author !== REGISTRY_PRINCIPAL || first.kind !== 'setup')
    return fault(`the registry's first entry is not the registry's own setup entry`);
  const serverKey = await services.store.heads.serverKey();
  if (!serverKey) return fault('the database holds no server key to check the first entry against');
  let sealedHalf: string;
  try {
    sealedHalf = services.keyring.publicKeyOf(serverKey.privateKeySealed);
  } catch {
    return fault('the server key does not open under this master key');
  }
  if (sealedHalf !== serverKey.publicKey)
    return fault('the server key stored in the database is not the public half of its sealed private key');
  // The key the first entry declares for its own author, and was checked against.
  const pinned = state.people[REGISTRY_PRINCIPAL]?.keys[0]?.publicKey ?? null;
  if (pinned !== serverKey.publicKey)
    return fault(
      `the first entry is signed under ${pinned ?? 'no key'}, not the server key ${serverKey.publicKey}: the chain was re-signed from its start`,
    );
  return null;
}

import type { ServerKey } from '../../store/store.js';
import type { Services } from '../services.js';

/** The server's head-signing key, made (and sealed under the master key) the first time it is needed. */
export async function serverKeyOf(services: Services): Promise<ServerKey> {
  const { heads } = services.store;
  return (await heads.serverKey()) ?? heads.claimServerKey(services.keyring.generate());
}

import { randomUUID } from 'node:crypto';
import { openStore } from '../store/open-store.js';
import { CableBus } from './cable-bus.js';
import { Keyring, loadMasterKey } from './keyring.js';
import type { Services } from './services.js';

/**
 * Opens the registry at `db` with the master key from `keyFile` (default: the
 * database path plus `.key`), ready for use cases.
 */
export async function openServices(db: string, keyFile = `${db}.key`): Promise<Services> {
  const store = await openStore(db);
  return {
    store,
    keyring: new Keyring(loadMasterKey(keyFile)),
    bus: new CableBus(),
    now: () => new Date().toISOString(),
    newId: randomUUID,
  };
}

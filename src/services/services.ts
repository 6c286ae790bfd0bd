import type { Store } from '../store/store.js';
import type { CableBus } from './cables/cable-bus.js';
import type { Keyring } from './keyring.js';

/** What every use case runs with: the store, the keys, the push bus, and a clock and id source to pass to the core. */
export interface Services {
  store: Store;
  keyring: Keyring;
  bus: CableBus;
  /** Now, as ISO 8601 UTC. Replays of history pass their own clock. */
  now: () => string;
  newId: () => string;
}

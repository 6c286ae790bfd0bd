import type { Store } from '../store/store.js';
import type { LiveStreams } from './accounts/live-streams.js';
import type { CableBus } from './cables/cable-bus.js';
import type { Keyring } from './keyring.js';

/** What every use case runs with: the store, the keys, the push bus and live streams, and a clock and id source to pass to the core. */
export interface Services {
  store: Store;
  keyring: Keyring;
  bus: CableBus;
  /** The live event streams open in this process, so that ending a session ends its streams. */
  streams: LiveStreams;
  /** Now, as ISO 8601 UTC. Replays of history pass their own clock. */
  now: () => string;
  newId: () => string;
}

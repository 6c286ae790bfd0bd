import { randomUUID } from 'node:crypto';
import type { Cable } from '../core/index.js';
import { isPostgresUrl, openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { LiveStreams } from './accounts/live-streams.js';
import { CableBus } from './cables/cable-bus.js';
import { RegistryOrder } from './cables/registry-order.js';
import { Keyring, loadMasterKey } from './keyring.js';
import type { Services } from './services.js';

/**
 * Opens the registry at `db` with the master key from `keyFile` (default: the
 * database path plus `.key`), ready for use cases. A PostgreSQL registry is
 * shared by several processes, which must all hold the same master key: it
 * comes from PLENIPO_MASTER_KEY unless a key file is named.
 */
export async function openServices(db: string, keyFile?: string): Promise<Services> {
  if (isPostgresUrl(db) && !keyFile && !process.env.PLENIPO_MASTER_KEY) {
    throw new Error(
      'a PostgreSQL registry takes its master key from PLENIPO_MASTER_KEY (64 hex digits, the same in every process)',
    );
  }
  const store = await openStore(db);
  const masterKey = loadMasterKey(keyFile ?? `${db}.key`);
  return {
    store,
    keyring: new Keyring(masterKey),
    bus: await busOf(store),
    streams: new LiveStreams(),
    now: () => new Date().toISOString(),
    newId: randomUUID,
  };
}

/**
 * The push bus: in-process, and on a store shared by several processes also
 * linked to theirs. What this process publishes it announces to the others;
 * what they announce (never its own) it fetches by position and pushes to its
 * own readers, one at a time and in registry order with its own.
 */
async function busOf(store: Store): Promise<CableBus> {
  const { announceRegistered, subscribeRegistered } = store;
  if (!announceRegistered || !subscribeRegistered) return new CableBus();
  const report = (seq: number, error: Error) =>
    process.stderr.write(`plenipo: cable ${seq} was not pushed: ${error.message}\n`);
  // Pushed in registry order, this process's cables and the others' alike (issue 17: ~20% were not).
  const order = new RegistryOrder(
    (await store.registry.count()) + 1,
    (cable) => bus.publishHere(cable),
    report,
  );
  const bus = new SharedCableBus(order, (cable) =>
    announceRegistered.call(store, cable.seq).catch((error: Error) => {
      process.stderr.write(
        `plenipo: cable ${cable.seq} was not announced to other processes: ${error.message}\n`,
      );
    }),
  );
  await subscribeRegistered.call(store, (seq) => order.add(seq, () => store.registry.atSeq(seq)));
  return bus;
}

/** A bus whose publications also go to the other processes of the registry. */
class SharedCableBus extends CableBus {
  constructor(
    private readonly order: RegistryOrder,
    private readonly announce: (cable: Cable) => void,
  ) {
    super();
  }

  /** Pushes to this process's readers in registry order and announces to the other processes. */
  override publish(cable: Cable): void {
    this.order.add(cable.seq, async () => cable);
    this.hearRegisteredHere(cable);
    this.announce(cable);
  }
}

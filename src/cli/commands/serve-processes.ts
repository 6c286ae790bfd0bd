import cluster, { type Worker } from 'node:cluster';
import type { Cable } from '../../core/index.js';
import { hasAdministrator } from '../../services/accounts/first-run.js';
import { handRegistrationsTo } from '../../services/cables/registration-queue.js';
import {
  type AppendReply,
  type AppendRequest,
  RemoteRegistrationQueue,
} from '../../services/cables/remote-registration-queue.js';
import { serveRegistrations } from '../../services/cables/serve-registrations.js';
import { openServices } from '../../services/open-services.js';
import type { Services } from '../../services/services.js';
import { prepareRegistry } from './prepare-registry.js';
import type { ServeOptions } from './serve.js';

/** A cable a serving process registered, for the writer to pass to the others (SQLite has no NOTIFY). */
interface RegisteredMessage {
  kind: 'plenipo-registered';
  cable: Cable;
}

type FromServer = AppendRequest | RegisteredMessage;

/** A serving process that stops is replaced, but not more often than this, so a crash loop does not spin. */
const RESTART_DELAY_MS = 1000;

/** The number of serving processes `--processes` asks for: a whole number from 1 to 64. */
export function processesOf(option: string | undefined): number {
  const processes = Number(option ?? 1);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64)
    throw new Error('--processes: a whole number from 1 to 64');
  return processes;
}

/**
 * `plenipo serve --processes N`: this process prepares the registry (example,
 * verification), then starts N serving processes sharing the port (Node's
 * cluster) and becomes the registry's one writer: they parse, authorise, sign
 * and check each cable on their own cores, and hand it here to be chained and
 * committed in groups; each hears back only after the durable commit. A
 * serving process that dies is replaced; the writer's death ends them all.
 */
export async function serveWithOneWriter(options: ServeOptions, processes: number): Promise<void> {
  const services = await openServices(options.db);
  await prepareRegistry(services, options.db, options);
  // The one-time setup link lives in one process's memory, and a link each process printed would be
  // several: beside others, the processes print none (they open no gate, as an administrator exists or not).
  if (!(await hasAdministrator(services)))
    process.stderr.write(
      'plenipo: this registry has no administrator; serve it once with one process to get the setup link\n',
    );
  const append = serveRegistrations(services.store, services.now);
  // PostgreSQL carries announcements itself (NOTIFY); over SQLite the writer passes them on.
  const relay = !services.store.announceRegistered;
  cluster.on('message', (from: Worker, message: FromServer) => {
    if (message?.kind === 'plenipo-append') {
      append(message, (reply: AppendReply) => {
        if (from.isConnected()) from.send(reply);
      });
    } else if (message?.kind === 'plenipo-registered' && relay) {
      for (const worker of Object.values(cluster.workers ?? {}))
        if (worker && worker !== from && worker.isConnected()) worker.send(message);
    }
  });
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(
      `plenipo: serving process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another\n`,
    );
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, RESTART_DELAY_MS).unref();
  });
  const stop = async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    // The serving processes finish their requests first; the writer answers them until the last has gone.
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await services.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < processes; i += 1) cluster.fork();
}

/**
 * Makes this serving process hand its cables to the writer, pass what it
 * registers on to the other processes, and push what they registered to its
 * own readers. Losing the writer stops the process: nothing could be
 * acknowledged any more.
 */
export function joinWriter(services: Services): void {
  const send = (message: FromServer) => process.send?.(message);
  const queue = new RemoteRegistrationQueue(send);
  handRegistrationsTo(services.store, queue);
  process.on('message', (message: AppendReply | RegisteredMessage) => {
    if (message?.kind === 'plenipo-registered') services.bus.publishHere(message.cable);
    else if (message?.kind === 'plenipo-appended' || message?.kind === 'plenipo-refused')
      queue.receive(message);
  });
  services.bus.subscribeRegisteredHere((cable) => send({ kind: 'plenipo-registered', cable }));
  process.once('disconnect', () => {
    queue.close('the writer process stopped');
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  });
}

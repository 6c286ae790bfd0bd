import { launchServe, waitUntilAnswering } from './start-server.js';

/** A `plenipo serve` child process on a registry file the test owns, to be killed and started again. */
export interface ServedRegistry {
  baseUrl: string;
  /** Everything the server wrote, for failure messages. */
  output(): string;
  /** Kills the process with SIGKILL, as a power cut or the OOM killer would: no handler runs. */
  kill(): Promise<void>;
  /** Stops the process with SIGTERM (SIGKILL if it lingers) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts `plenipo serve` (built CLI, quiet) on `db` on a free port, and
 * resolves once the API answers. Unlike `startServer`, the registry file is
 * the caller's and outlives the process, so a test can restart on it; a new
 * file gets the London 1945 example.
 */
export async function serveRegistry(db: string, flags?: readonly string[]): Promise<ServedRegistry> {
  const { baseUrl, child, output, exited } = await launchServe(db, flags);
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const end = async (signal: NodeJS.Signals) => {
    if (hasExited()) return;
    child.kill(signal);
    const lingering = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(lingering);
  };
  const served: ServedRegistry = {
    baseUrl,
    output,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
  // At least a minute of polling: a first start hashes every demo password on a slow machine.
  const url = `${baseUrl}/api/openapi.json`;
  if (await waitUntilAnswering(url, child, output, { everyMs: 50, attempts: 1200 })) return served;
  await served.kill();
  throw new Error(`plenipo serve never answered on ${baseUrl}:\n${output()}`);
}

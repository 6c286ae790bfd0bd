import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../../scenarios/load-scenario.js';
import { london1945 } from '../../../scenarios/london-1945/index.js';
import { buildApp } from '../../http/app.js';
import { signHeadsPeriodically } from '../../services/integrity/sign-registry-head.js';
import { evaluatePendingReports } from '../../services/mandates/evaluate-moves.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

export interface ServeOptions {
  db: string;
  host: string;
  port: string;
  empty?: boolean;
  trustProxy?: boolean;
  quiet?: boolean;
  /** Seconds between signings of the registry head. */
  headInterval?: string;
}

/** How long a stop waits for requests under way. */
const SHUTDOWN_GRACE_MS = 3000;

const WEB_ROOT = fileURLToPath(new URL('../../../web', import.meta.url));

/** Serves the API and the web UI; a new, empty registry gets the London 1945 example unless --empty. */
export async function serve(options: ServeOptions): Promise<void> {
  const headInterval = Number(options.headInterval ?? 300);
  // Node's timers hold at most 2^31 - 1 ms (about 24 days); a longer delay would fire at once.
  if (!(headInterval > 0 && headInterval * 1000 <= 2 ** 31 - 1)) {
    throw new Error('--head-interval: a number of seconds above 0 and at most 2147483');
  }
  const services = await openServices(options.db);
  const isNew = (await services.store.directory.people()).length === 0;
  if (isNew && !options.empty) {
    const bar = progressBar('Loading the London 1945 example');
    await loadScenario(services, london1945, bar.update);
    bar.stop();
  }
  await evaluatePendingReports(services);
  const app = await buildApp(services, {
    webRoot: WEB_ROOT,
    logger: !options.quiet,
    trustProxy: options.trustProxy,
    version: process.env.npm_package_version,
  });
  // Signed now, every interval, and once more at shutdown, after the last registration (README: keys).
  const heads = await signHeadsPeriodically(services, headInterval * 1000, (error) =>
    process.stderr.write(`plenipo: the registry head was not signed: ${(error as Error).message}\n`),
  );
  const close = async () => {
    // Requests under way get a moment to finish; then a connection a client left half-used is cut,
    // rather than holding the stop for its whole keep-alive timeout (72 s).
    const cut = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await app.close();
    clearTimeout(cut);
    await heads.stop();
    await services.store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: options.host, port: Number(options.port) });
  process.stderr.write(`plenipo is serving ${options.db} at http://${options.host}:${options.port}\n`);
  const serverKey = await services.store.heads.serverKey();
  if (serverKey) {
    process.stderr.write(
      `The registry head is signed every ${headInterval} s by the server key ${serverKey.publicKey} (GET /api/registry/head)\n`,
    );
  }
}

import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../../scenarios/load-scenario.js';
import { london1945 } from '../../../scenarios/london-1945/index.js';
import { buildApp } from '../../http/app.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

export interface ServeOptions {
  db: string;
  host: string;
  port: string;
  empty?: boolean;
  trustProxy?: boolean;
  quiet?: boolean;
}

const WEB_ROOT = fileURLToPath(new URL('../../../web', import.meta.url));

/** Serves the API and the web UI; a new, empty registry gets the London 1945 example unless --empty. */
export async function serve(options: ServeOptions): Promise<void> {
  const services = await openServices(options.db);
  const isNew = (await services.store.directory.people()).length === 0;
  if (isNew && !options.empty) {
    const bar = progressBar('Loading the London 1945 example');
    await loadScenario(services, london1945, bar.update);
    bar.stop();
  }
  const app = await buildApp(services, {
    webRoot: WEB_ROOT,
    logger: !options.quiet,
    trustProxy: options.trustProxy,
    version: process.env.npm_package_version,
  });
  const close = async () => {
    await app.close();
    await services.store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: options.host, port: Number(options.port) });
  process.stderr.write(`plenipo is serving ${options.db} at http://${options.host}:${options.port}\n`);
}

import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../http/app.js';
import type { LogFormat } from '../../http/request-log.js';
import { demoLogins } from '../../services/accounts/demo-logins.js';
import { FirstRunGate } from '../../services/accounts/first-run.js';
import { runDeadlineClock } from '../../services/deadlines/fire-deadline-alerts.js';
import { smtpMailer, startEmailNotifications } from '../../services/digest/email-notifications.js';
import { runDigestClock } from '../../services/digest/fire-digests.js';
import { signHeadsPeriodically } from '../../services/integrity/sign-registry-head.js';
import { openServices } from '../../services/open-services.js';
import { directorySnapshot } from '../../services/organisation/directory-snapshot.js';
import { runEscalationClock } from '../../services/workflow/fire-escalations.js';
import { prepareRegistry } from './prepare-registry.js';
import { serveBanner } from './serve-banner.js';
import { joinWriter, processesOf, serveWithOneWriter } from './serve-processes.js';

export interface ServeOptions {
  db: string;
  host: string;
  port: string;
  empty?: boolean;
  /** `london`: load the example into a new registry, which PostgreSQL does only when asked by name. */
  example?: string;
  trustProxy?: boolean;
  quiet?: boolean;
  logJson?: boolean;
  /** Seconds between signings of the registry head. */
  headInterval?: string;
  /** Seconds between looks at the deadlines for alerts due. */
  deadlineInterval?: string;
  /** The SMTP server e-mail notifications go through; none are sent without it. */
  smtpUrl?: string;
  mailFrom?: string;
  publicUrl?: string;
  escalationInterval?: string;
  /** Serving processes; above 1, they share the port and hand their cables to one writer process. */
  processes?: string;
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
  const processes = processesOf(options.processes);
  if (processes > 1 && cluster.isPrimary) return serveWithOneWriter(options, processes);
  const services = await openServices(options.db);
  // A serving process beside others hands its cables to the writer, which prepared the registry.
  if (cluster.isWorker) joinWriter(services);
  else await prepareRegistry(services, options.db, options);
  const log: LogFormat = options.quiet ? 'none' : options.logJson ? 'json' : 'lines';
  const version = process.env.npm_package_version ?? packageVersion();
  // No administrator yet: the console gets a one-time link to create one (never the first visitor to the port).
  const firstRun = cluster.isWorker ? null : await FirstRunGate.open(services);
  const app = await buildApp(services, {
    webRoot: WEB_ROOT,
    ...(firstRun ? { firstRun: firstRun.gate } : {}),
    log,
    trustProxy: options.trustProxy,
    version,
  });
  // Signed now, every interval, and once more at shutdown, after the last registration (README: keys).
  const heads = await signHeadsPeriodically(services, headInterval * 1000, (error) =>
    process.stderr.write(`plenipo: the registry head was not signed: ${(error as Error).message}\n`),
  );
  // Deadline alerts due while the server was down fire at the first look (each once: issue 11).
  const deadlineInterval = Number(options.deadlineInterval ?? 30);
  if (!(deadlineInterval > 0 && deadlineInterval * 1000 <= 2 ** 31 - 1)) {
    throw new Error('--deadline-interval: a number of seconds above 0 and at most 2147483');
  }
  const deadlines = await runDeadlineClock(services, deadlineInterval * 1000, (error) =>
    process.stderr.write(`plenipo: deadline alerts were not fired: ${(error as Error).message}\n`),
  );
  void deadlines.tick();
  // Daily digests whose hour has struck go out at the first look, once per reader and day (issue 14).
  const digests = runDigestClock(services, deadlineInterval * 1000, (error) =>
    process.stderr.write(`plenipo: a digest was not registered: ${(error as Error).message}\n`),
  );
  void digests.tick();
  const mail = options.smtpUrl
    ? startEmailNotifications(
        services,
        smtpMailer(options.smtpUrl, options.mailFrom ?? 'plenipo@localhost'),
        options.publicUrl ?? `http://${options.host}:${options.port}`,
        (error) =>
          process.stderr.write(`plenipo: an e-mail notification was not sent: ${(error as Error).message}\n`),
      )
    : null;
  // A FLASH left unacknowledged past its target escalates once (issue 14), ticked by the server's clock.
  const escalationInterval = Number(options.escalationInterval ?? 30);
  if (!(escalationInterval > 0 && escalationInterval * 1000 <= 2 ** 31 - 1)) {
    throw new Error('--escalation-interval: a number of seconds above 0 and at most 2147483');
  }
  const escalations = runEscalationClock(services, escalationInterval * 1000, (error) =>
    process.stderr.write(`plenipo: escalations were not recorded: ${(error as Error).message}\n`),
  );
  void escalations.tick();
  const close = async () => {
    // Requests under way get a moment to finish; then a connection a client left half-used is cut,
    // rather than holding the stop for its whole keep-alive timeout (72 s).
    const cut = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await app.close();
    clearTimeout(cut);
    await heads.stop();
    await deadlines.stop();
    await digests.stop();
    await mail?.stop();
    await escalations.stop();
    await services.store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: options.host, port: Number(options.port) });
  const [demo, directory, serverKey] = await Promise.all([
    demoLogins(services.store),
    directorySnapshot(services.store),
    services.store.heads.serverKey(),
  ]);
  const url = `http://${options.host}:${options.port}`;
  // Beside other processes, one banner is enough: the first process's.
  if (cluster.isWorker && cluster.worker?.id !== 1) return;
  const banner = serveBanner({
    version,
    url,
    db: options.db,
    masterKey: process.env.PLENIPO_MASTER_KEY ? 'from PLENIPO_MASTER_KEY' : `in ${options.db}.key`,
    demo,
    admins: new Set(directory.people.filter((person) => person.isAdmin).map((person) => person.login)),
    headIntervalSeconds: headInterval,
    serverKey: serverKey?.publicKey ?? null,
    log,
    // In the fragment, which browsers never send: the token reaches no request log, proxy or history on the server.
    setupLink: firstRun
      ? { url: `${url}/setup#token=${firstRun.token}`, expiresAt: firstRun.gate.expiresAt }
      : null,
  });
  // The banner is for whoever started the server; with JSON logs it goes to stderr, out of the log stream.
  (log === 'json' ? process.stderr : process.stdout).write(banner);
}

/** The version in package.json, for a server started without npm (`node bin/plenipo.js serve`). */
function packageVersion(): string {
  const file = fileURLToPath(new URL('../../../../package.json', import.meta.url));
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

import type { LogFormat } from '../../http/request-log.js';
import type { DemoLogins } from '../../services/accounts/demo-logins.js';

export interface ServeFacts {
  version: string;
  url: string;
  /** The registry as given: a file path or a postgres:// URL (its password is never printed). */
  db: string;
  /** Where the master key comes from, in words. */
  masterKey: string;
  demo: DemoLogins | null;
  /** Logins of the example that are administrators. */
  admins: ReadonlySet<string>;
  headIntervalSeconds: number;
  serverKey: string | null;
  log: LogFormat;
  /** The one-time link that creates the first administrator, when there is none. */
  setupLink?: { url: string; expiresAt: string } | null;
}

const LOG_WORDS: Record<LogFormat, string> = {
  lines: 'a line per request below (--log-json for JSON, --quiet for none)',
  json: 'a JSON line per request (pino)',
  none: 'no request log (--quiet)',
};

/** What `plenipo serve` prints once it listens: where, on what, and how to sign in to the example. */
export function serveBanner(facts: ServeFacts): string {
  const lines = [
    `plenipo ${facts.version} is serving ${facts.url}`,
    `  registry   ${withoutPassword(facts.db)} (master key ${facts.masterKey})`,
  ];
  if (facts.demo) {
    const logins = facts.demo.logins.map(({ login }) =>
      facts.admins.has(login) ? `${login} (administrator)` : login,
    );
    lines.push(
      `  example    ${facts.demo.example} is loaded; demo logins, each with the password "${facts.demo.password}":`,
      `             ${logins.join(', ')}`,
    );
  } else {
    lines.push('  example    not loaded (add people with plenipo users add)');
  }
  if (facts.setupLink) {
    lines.push(
      `  first run  no administrator yet: open ${facts.setupLink.url}`,
      `             to create one (works once, until ${facts.setupLink.expiresAt}; or plenipo users add --admin)`,
    );
  }
  if (facts.serverKey) {
    lines.push(
      `  heads      signed every ${facts.headIntervalSeconds} s by the server key ${facts.serverKey} (GET /api/registry/head)`,
    );
  }
  lines.push(`  log        ${LOG_WORDS[facts.log]}`, 'Stop with Ctrl-C.');
  return `${lines.join('\n')}\n`;
}

/** A postgres:// URL with its password replaced; a file path as it is. */
export function withoutPassword(db: string): string {
  if (!/^postgres(ql)?:\/\//.test(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL URL that does not parse';
  }
}

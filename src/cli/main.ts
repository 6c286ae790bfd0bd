import { Command, Option } from 'commander';
import { DomainError } from '../core/index.js';
import { ApiError } from './api-client.js';
import { addArchiveCommands } from './archive-commands.js';
import { apply } from './commands/apply.js';
import { audit } from './commands/audit.js';
import { backup } from './commands/backup.js';
import { demo } from './commands/demo.js';
import { exportJsonl } from './commands/export-jsonl.js';
import { head } from './commands/head.js';
import { importJsonl } from './commands/import-jsonl.js';
import { exportTei } from './commands/release.js';
import { restore } from './commands/restore.js';
import { serve } from './commands/serve.js';
import { addUser, listUsers, setUserDisabled, unlockUser } from './commands/users.js';
import { verify } from './commands/verify.js';
import { addRemoteCommands } from './remote-commands.js';

const DEFAULT_DB = './data/plenipo.db';
// A SQLite file path, or a postgres:// URL for the scale-out path (docs/scale-out.md).
const DB_HELP = 'registry: a SQLite file, or a postgres:// URL';

const program = new Command('plenipo')
  .description('Registered, signed, access-controlled cables between a principal and its delegation.')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the API and web UI (a new registry gets the London 1945 example unless --empty)')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--port <port>', 'port to listen on', '7945')
  .option('--empty', 'start a new registry without the example')
  .option('--trust-proxy', 'trust X-Forwarded-* from a TLS-terminating proxy')
  .option(
    '--head-interval <seconds>',
    'sign the registry head this often (also at start and at shutdown)',
    '300',
  )
  .option('--deadline-interval <seconds>', 'look for deadline alerts due this often', '30')
  .option('--smtp-url <url>', 'send the e-mail notifications people choose through this SMTP server')
  .option('--mail-from <address>', 'the sender of e-mail notifications', 'plenipo@localhost')
  .option('--public-url <url>', 'the address e-mail notifications link to (default: the served address)')
  .option(
    '--escalation-interval <seconds>',
    'look for unacknowledged cables past their target this often',
    '30',
  )
  .option('--quiet', 'no request log')
  .option('--log-json', 'log each request as a JSON line (pino) instead of a short line')
  .action(serve);

program
  .command('demo')
  .description(
    'load an example into a new registry file: London 1945 (default) or a union contract bargaining',
  )
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .addOption(
    new Option('--example <name>', 'which example').choices(['london', 'bargaining']).default('london'),
  )
  .action(demo);

program
  .command('apply')
  .description(
    'set up or amend the organisation and conferences from a YAML setup file, as one signed setup entry; --dry-run prints the changes',
  )
  .argument('<file>', 'the setup file (YAML)')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--dry-run', 'print what would change and change nothing')
  .action(apply);

program
  .command('verify')
  .description('recompute every chain hash and signature; exit 1 naming the first cable that fails')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option(
    '--head <file>',
    'also check a signed head exported earlier (plenipo head): the registry must still hold it',
  )
  .action(async (options) => {
    process.exitCode = await verify(options);
  });

program
  .command('head')
  .description(
    'sign the registry head if it changed, and print the latest signed head as JSON to keep elsewhere',
  )
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--out <file>', 'write here instead of stdout')
  .action(async (options) => {
    process.exitCode = await head(options);
  });

program
  .command('export')
  .description('write the whole registry (organisation, sealed keys, cables) as JSON Lines')
  .addOption(new Option('--jsonl', 'JSON Lines (the only format so far)').default(true))
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--out <file>', 'write here instead of stdout')
  .option('--tei', 'TEI P5 of what you may read, from the server (as GET /api/export.tei)')
  .option('--server <url>', 'with --tei: plenipo server (default: saved, or http://127.0.0.1:7945)')
  .option('--cable <ref>', 'with --tei: one cable as one TEI document')
  .option('--conference <id>', 'with --tei: the cables of one conference')
  .option('--from <date>', 'with --tei: registered from this date')
  .option('--until <date>', 'with --tei: registered up to this date')
  .action((options) => (options.tei ? exportTei(options) : exportJsonl(options)));

program
  .command('import')
  .description(
    'load a JSON Lines export into a new registry, verifying every cable (keep the same .key file)',
  )
  .addOption(new Option('--jsonl', 'JSON Lines (the only format so far)').default(true))
  .option('--db <path>', `${DB_HELP} (must be new)`, DEFAULT_DB)
  .option('--in <file>', 'read here instead of stdin')
  .action(importJsonl);

program
  .command('backup')
  .description(
    'copy the registry to a new file while it serves, and verify the copy (the master key is not in it)',
  )
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .requiredOption('--out <file>', 'the backup file to write (must not exist)')
  .action(backup);

program
  .command('restore')
  .description(
    'verify a backup and put it in place as the registry (stop the server first; keep the same .key file)',
  )
  .requiredOption('--from <file>', 'the backup file')
  .option('--db <path>', 'SQLite registry file to restore to', DEFAULT_DB)
  .option('--force', 'replace a registry that already holds people or cables')
  .action(restore);

const users = program
  .command('users')
  .description('people and their logins (operator commands on the registry file)');

users
  .command('add')
  .description('add a person with a new signing key; the password is asked for, or read from stdin')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .requiredOption('--id <id>', 'person id, also the login: lower-case letters, digits and dashes')
  .requiredOption('--name <name>', 'full name')
  .option('--title <title>', 'title or function')
  .option(
    '--post <id>',
    'the post they belong to (a headquarters, a delegation); an administrator may have none yet',
  )
  .option('--admin', 'an administrator (registry clerk); on an empty registry, the first one')
  .option('--password-stdin', 'read the password from stdin')
  .action(addUser);

users
  .command('list')
  .description('everyone, with post, role and the groups they belong to now')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--json', 'print JSON')
  .action(listUsers);

users
  .command('unlock')
  .description('lift the lock of a login after wrong passwords and forget them (audited)')
  .argument('<login>', 'the login to unlock')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .action(unlockUser);

users
  .command('disable')
  .description('disable a person: sign-in refused, every session and API token ended (audited)')
  .argument('<id>', 'the person')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .action((id, options) => setUserDisabled(id, options, true));

users
  .command('enable')
  .description('enable a disabled person again (audited)')
  .argument('<id>', 'the person')
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .action((id, options) => setUserDisabled(id, options, false));

program
  .command('audit')
  .description(
    'the hash-chained audit log, newest first; --verify recomputes the chain (exit 1 naming the first broken entry)',
  )
  .option('--db <path>', DB_HELP, DEFAULT_DB)
  .option('--actor <id>', 'only what this person did')
  .option('--action <action>', 'only this action, e.g. login-failed, person.create')
  .option('--limit <n>', 'how many entries', '100')
  .option('--verify', 'recompute the whole chain instead of listing')
  .option('--head <file>', 'with --verify: also check an audit head exported earlier (audit --sign-head)')
  .option('--sign-head', "sign the audit log's head if it changed and print it as JSON to keep elsewhere")
  .option('--out <file>', 'with --sign-head: write the signed head to this file')
  .option('--json', 'print JSON')
  .action(async (options) => {
    process.exitCode = await audit(options);
  });

addRemoteCommands(program);
addArchiveCommands(program);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ApiError || error instanceof DomainError) {
    process.stderr.write(`plenipo: ${error.message}\n`);
  } else {
    process.stderr.write(`plenipo: ${(error as Error).message ?? error}\n`);
  }
  process.exitCode = 1;
});

import { Command, Option } from 'commander';
import { DomainError } from '../core/index.js';
import { ApiError } from './api-client.js';
import { apply } from './commands/apply.js';
import { audit } from './commands/audit.js';
import { backup } from './commands/backup.js';
import { listDeadlines } from './commands/deadlines.js';
import { demo } from './commands/demo.js';
import { exportJsonl } from './commands/export-jsonl.js';
import { head } from './commands/head.js';
import { importJsonl } from './commands/import-jsonl.js';
import { check, mandateShow } from './commands/mandate.js';
import { map } from './commands/map.js';
import { recordAdd, recordImport, recordList } from './commands/record.js';
import { inbox, login, logout, search, send, show } from './commands/remote.js';
import { restore } from './commands/restore.js';
import { serve } from './commands/serve.js';
import { addUser, listUsers, setUserDisabled, unlockUser } from './commands/users.js';
import { verify } from './commands/verify.js';

const DEFAULT_DB = './data/plenipo.db';
// A SQLite file path, or a postgres:// URL for the scale-out path (docs/scale-out.md).
const DB_HELP = 'registry: a SQLite file, or a postgres:// URL';
const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

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
  .action(exportJsonl);

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
  .option('--json', 'print JSON')
  .action(async (options) => {
    process.exitCode = await audit(options);
  });

const remote = (command: Command) =>
  command.option('--server <url>', 'plenipo server (default: saved, or http://127.0.0.1:7945)');

remote(program.command('login'))
  .description('get an API token for the remote commands and save it in your config folder')
  .requiredOption('--user <login>', 'your login')
  .option('--password-stdin', 'read the password from stdin')
  .action(login);

program
  .command('logout')
  .description('revoke the saved API token on its server and forget it')
  .action(logout);

remote(program.command('inbox'))
  .description('list your cables: unread (*) first, then by precedence')
  .option('--sent', 'the cables you wrote instead')
  .option('--limit <n>', 'how many', '30')
  .option('--json', 'print JSON')
  .action(inbox);

remote(program.command('show <ref>'))
  .description('show a cable by registry number ("LONTO 0007") or id, with its thread')
  .option('--json', 'print JSON')
  .action(show);

remote(program.command('search <query>'))
  .description('full-text search over the cables you may read (words, "phrases")')
  .option('--from <date>')
  .option('--until <date>')
  .option('--author <id>')
  .option('--kind <kind>')
  .option('--issue <tag>')
  .option('--conference <id>')
  .option('--limit <n>')
  .option('--json', 'print JSON')
  .action(search);

remote(program.command('send'))
  .description('register a cable signed by you; the body comes from --body, --body-file or stdin')
  .requiredOption('--to <ids>', 'action addressees: people or groups, comma separated', collect)
  .option('--info <ids>', 'copy addressees', collect)
  .option('--exclude <ids>', 'people excluded from the groups addressed', collect)
  .option('--via <id>', 'the relay who forwards it')
  .option('--precedence <p>', 'FLASH, IMMEDIATE, PRIORITY or ROUTINE', 'ROUTINE')
  .requiredOption('--classification <label>', 'a level of the classification scheme')
  .option('--caption <caption>', "'EYES ONLY' or 'READ-OUT'", collect)
  .option('--kind <kind>', 'directive, report, query, reply, …', 'note')
  .requiredOption('--subject <text>')
  .option('--issue <tags>', 'issue tags', collect)
  .option('--conference <id>')
  .option('--reply-to <ref>', 'the cable this answers')
  .option('--ref <refs>', 'other cables referred to', collect)
  .option('--alias <alias>', 'signature alias')
  .option('--body <text>')
  .option('--body-file <file>')
  .action(send);

const mandate = program.command('mandate').description('mandates of a conference');
remote(mandate.command('show <issue>'))
  .description("an issue's mandate now or --at a date: ladder, authority, red lines, linkages, history")
  .option('--conference <id>', 'the conference', 'london-1945')
  .option('--at <date>', 'as of this date or instant')
  .option('--json', 'print JSON')
  .action(mandateShow);

remote(program.command('check'))
  .description(
    'what if: the verdict a move of ours would get now, without reporting it (exit 0 when WITHIN, 3 otherwise)',
  )
  .requiredOption('--issue <tag>', 'the issue')
  .requiredOption('--type <type>', 'proposal, concession, acceptance, rejection or agreement')
  .option('--conference <id>', 'the conference (default: the only one open)')
  .option('--at <instant>', 'as of this instant (ISO 8601): the mandate then, and the moves made by then')
  .option('--position <id>', 'a step of the ladder')
  .option('--value <n>', 'a number')
  .option('--unit <unit>', "the number's unit")
  .option('--admit <party:issue+issue>', 'admit a party to items (party alone: every item)', collect)
  .option('--decision <rule>', 'unanimity, majority or two-thirds')
  .option('--summary <text>')
  .option('--json', 'print JSON')
  .action(async (options) => {
    process.exitCode = await check(options);
  });

const record = program.command('record').description("sessions' records: accounts, entries, what is missing");
remote(record.command('list'))
  .description("every session with what its record lacks, or one --session's entries")
  .option('--conference <id>', 'the conference', 'london-1945')
  .option('--session <id>', 'one session')
  .option('--json', 'print JSON')
  .action(recordList);
const account = (command: Command) =>
  remote(command)
    .requiredOption('--session <id>', 'the session the account tells of')
    .option('--conference <id>', 'the conference', 'london-1945')
    .option('--source <source>', 'our-note, their-memo, press or verbatim', 'our-note')
    .requiredOption('--party <id>', 'whose account it is')
    .requiredOption('--to <ids>', 'who reads it: people or groups, comma separated', collect)
    .option('--info <ids>', 'copy addressees', collect)
    .requiredOption('--classification <label>', 'a level of the classification scheme')
    .option('--precedence <p>', 'FLASH, IMMEDIATE, PRIORITY or ROUTINE', 'ROUTINE')
    .option('--subject <text>')
    .option('--title <text>', "the account's title, e.g. 'American memorandum'")
    .option('--json', 'print JSON');
account(record.command('add'))
  .description("register an account typed here: --entry 'Speaker (party) [issue]: text', repeated")
  .option('--entry <text>', 'one entry', (value: string, list: string[] = []) => [...list, value])
  .action(recordAdd);
account(record.command('import <file>'))
  .description('register an account from a file: plain text, Markdown (.md) or JSON Lines (.jsonl)')
  .option('--format <format>', 'text, markdown or jsonl (default: from the file name)')
  .action(recordImport);

remote(program.command('map [issue]'))
  .description("an issue's negotiation map as a table (stances over time, status, gap), or every issue")
  .option('--conference <id>', 'the conference', 'london-1945')
  .option('--since <instant>', 'without an issue: mark the issues that moved after this')
  .option('--json', 'print JSON')
  .action(map);

remote(program.command('deadlines'))
  .description('deadlines with their status now: open, met, lapsed or pending')
  .option('--conference <id>', 'the conference (default: the only one open)')
  .option('--mine', 'only those you must act on or are told of, in every conference')
  .option('--person <id>', 'only those this person must act on or is told of')
  .option('--state <state>', 'only open, met, lapsed or pending ones')
  .option('--json', 'print JSON')
  .action(listDeadlines);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ApiError || error instanceof DomainError) {
    process.stderr.write(`plenipo: ${error.message}\n`);
  } else {
    process.stderr.write(`plenipo: ${(error as Error).message ?? error}\n`);
  }
  process.exitCode = 1;
});

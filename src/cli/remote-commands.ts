import type { Command } from 'commander';
import { collect } from './collect-list.js';
import { ack } from './commands/ack.js';
import { listDeadlines } from './commands/deadlines.js';
import { digest } from './commands/digest.js';
import { check, mandateShow } from './commands/mandate.js';
import { map } from './commands/map.js';
import { pressImport } from './commands/press.js';
import { recordAdd, recordImport, recordList } from './commands/record.js';
import { inbox, login, logout, search, send, show } from './commands/remote.js';
import { vetAnswer, vetFinal, vetReview, vetSend, vetShow } from './commands/vet.js';

/** The commands that work through a server's API with a saved token, as any reader does. */
export function addRemoteCommands(program: Command): void {
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
    .option(
      '--payload <file>',
      "a structured payload as a JSON file: a directive's amendment, a report's moves, deadlines, a record",
    )
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
    .option('--issue <tag>', 'the issue (or in --move)')
    .option('--type <type>', 'proposal, concession, acceptance, rejection or agreement (or in --move)')
    .option('--conference <id>', 'the conference (default: the only one open)')
    .option('--at <instant>', 'as of this instant (ISO 8601): the mandate then, and the moves made by then')
    .option('--position <id>', 'a step of the ladder')
    .option('--value <n>', 'a number')
    .option('--unit <unit>', "the number's unit")
    .option('--admit <party:issue+issue>', 'admit a party to items (party alone: every item)', collect)
    .option('--decision <rule>', 'unanimity, majority or two-thirds')
    .option('--summary <text>')
    .option('--move <file>', 'the move as a JSON file (every field a report may give); the flags add to it')
    .option('--json', 'print JSON')
    .action(async (options) => {
      process.exitCode = await check(options);
    });

  const record = program
    .command('record')
    .description("sessions' records: accounts, entries, what is missing");
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

  remote(program.command('digest'))
    .description('your digest of the last 24 hours, made now; or set the hour of your daily one')
    .option('--at <hour>', 'set your daily digest to this hour (0-23) of your own clock')
    .option('--zone <zone>', 'your time zone for --at, e.g. Europe/Moscow')
    .option('--off', 'stop your daily digest')
    .option('--list', 'list the digests you have')
    .option('--json', 'print JSON')
    .action(digest);
  // Issue 14: drafts and their vetting, and acknowledgements.
  const vet = program
    .command('vet')
    .description('drafts and their vetting: send, show, review, answer, final');
  remote(vet.command('send'))
    .description('send a draft to its reviewers; the body comes from --body, --body-file or stdin')
    .requiredOption('--reviewer <ids>', 'reviewers, comma separated', collect)
    .option('--rule <rule>', "'all', 'any:N' or 'named:<id>'", 'all')
    .option('--joint', 'a joint cable: the reviewers are its signatories')
    .requiredOption('--classification <label>')
    .requiredOption('--subject <text>')
    .option('--body <text>')
    .option('--body-file <path>')
    .action(vetSend);
  remote(vet.command('show <draft>'))
    .description("a draft's reviews, edits and sign-off status")
    .option('--json', 'print JSON')
    .action(vetShow);
  remote(vet.command('review <draft>'))
    .description('review a draft: no objections (the default), --refuse, or edits')
    .option('--refuse <reason>', 'refuse the draft, saying why')
    .option('--strike <text>', 'strike this text of the draft')
    .option('--reason <text>', 'the reason for the edit')
    .option('--edits-file <path>', 'edits as JSON: [{from, to, original, text, reason}]')
    .action(vetReview);
  remote(vet.command('answer <draft>'))
    .description("answer a draft's edits, each as <review>:<edit>")
    .option('--accept <edits>', 'edits to accept', collect)
    .option('--decline <edits>', 'edits to decline', collect)
    .action(vetAnswer);
  remote(vet.command('final <draft>'))
    .description('register the final text, once the sign-off rule holds')
    .requiredOption('--to <ids>', 'action addressees', collect)
    .option('--kind <kind>', 'note, reply, …')
    .action(vetFinal);
  remote(program.command('press').command('import <file>'))
    .description('each entry of an RSS or Atom file as a press item to the readers named')
    .requiredOption('--to <ids>', 'the people it is distributed to, comma separated', collect)
    .requiredOption('--classification <label>')
    .option('--topic <topic>', "the topic (default: each entry's first category)")
    .option('--source <source>', "the source (default: the feed's title)")
    .option('--language <tag>', "the language (default: the feed's)")
    .action(pressImport);
  remote(program.command('ack <ref>'))
    .description('acknowledge a cable you must act on; --table: who has acknowledged (author, clerk)')
    .option('--table', 'the table of delivered, opened, acknowledged per addressee')
    .option('--json', 'print JSON')
    .action(ack);
}

import type { Command } from 'commander';
import { downloadBundle, downloadDossier } from './commands/archive-download.js';
import { releaseCables, withdrawRelease } from './commands/release.js';
import { verifyBundleFile } from './commands/verify-bundle.js';

const list = (value: string, earlier: string[] = []) => [...earlier, ...value.split(',').filter(Boolean)];
const repeated = (value: string, earlier: string[] = []) => [...earlier, value];

/** The archive's commands for readers: printable dossiers and verifiable bundles, and checking a bundle offline. */
export function addArchiveCommands(program: Command): void {
  const selection = (command: Command) =>
    command
      .option('--server <url>', 'plenipo server (default: saved, or http://127.0.0.1:7945)')
      .option('--cable <ref>', 'one cable, by registry number or id')
      .option('--thread <ref>', 'a cable and the part of its thread you may read')
      .option('--issue <tag>', 'every cable you may read tagged with this issue')
      .option('--conference <id>', 'every cable you may read of this conference')
      .option('--from <date>', 'a period: registered from this date')
      .option('--until <date>', 'a period: registered up to this date');

  selection(program.command('dossier'))
    .description('download a printable PDF of a cable, a thread or a dossier among the cables you may read')
    .requiredOption('--out <file>', 'the PDF file to write')
    .action(downloadDossier);

  selection(program.command('bundle'))
    .description(
      'download a verifiable bundle of a cable, a thread or a dossier among the cables you may read',
    )
    .requiredOption('--out <file>', 'the bundle file to write')
    .action(downloadBundle);

  program
    .command('release')
    .description(
      'release cables to people, a group or the public from a date, with redactions (archivists; a signed entry)',
    )
    .option('--server <url>', 'plenipo server (default: saved, or http://127.0.0.1:7945)')
    .option('--cables <refs>', 'these cables (registry numbers or ids, comma-separated)', list)
    .option('--thread <ref>', 'the whole thread of this cable')
    .option('--series <code>', 'every cable of this series')
    .option('--period-from <date>', 'a period: registered from this date')
    .option('--period-until <date>', 'a period: registered up to this date')
    .option('--conference <id>', 'only the cables of this conference')
    .option('--people <ids>', 'release to these people (comma-separated)', list)
    .option('--groups <ids>', 'release to these groups, their members at the date (comma-separated)', list)
    .option('--public', 'release to the public')
    .requiredOption('--from <date>', 'the date the release takes effect')
    .option(
      '--redact <redaction>',
      'strike CABLE:START-END:REASON or CABLE:"passage":REASON (repeat for more)',
      repeated,
    )
    .option('--note <text>', "the archivist's note")
    .action(releaseCables);

  program
    .command('withdraw-release')
    .description('withdraw a release from a date (archivists; another signed entry)')
    .argument('<entry>', 'the release entry (its registry number)')
    .option('--server <url>', 'plenipo server (default: saved, or http://127.0.0.1:7945)')
    .requiredOption('--from <date>', 'the date the withdrawal takes effect')
    .requiredOption('--reason <text>', 'why')
    .action(withdrawRelease);

  program
    .command('verify-bundle')
    .description(
      'check a bundle offline (no registry needed): exit 1 naming each cable, or the head, that does not hold',
    )
    .argument('<file>', 'the bundle (plenipo bundle, or a download from the web)')
    .option('--key <base64>', "the registry's published server key: refuse a bundle signed by any other")
    .action((file, options) => {
      process.exitCode = verifyBundleFile(file, options);
    });
}

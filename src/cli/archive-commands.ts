import type { Command } from 'commander';
import { downloadBundle, downloadDossier } from './commands/archive-download.js';
import { verifyBundleFile } from './commands/verify-bundle.js';

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

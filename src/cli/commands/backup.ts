import { existsSync } from 'node:fs';
import { BACKUP_STEPS, type BackupStep, backupRegistry } from '../../services/archive/backup-registry.js';
import { openServices } from '../../services/open-services.js';
import { progressBar } from '../progress.js';

const LABELS: Record<BackupStep, string> = { copy: 'Copying pages', verify: 'Verifying the copy' };

/** Backs the registry up to a new file, safe while a server is registering, and verifies the copy. */
export async function backup(options: { db: string; out: string }): Promise<void> {
  // Opening a path that does not exist would create an empty registry (and a new master key) there.
  if (!existsSync(options.db)) throw new Error(`no registry at ${options.db}`);
  const services = await openServices(options.db);
  try {
    const bars = BACKUP_STEPS.map((step) => progressBar(LABELS[step]));
    let current = 0;
    const result = await backupRegistry(services, 'cli', options.out, (step, done, total) => {
      // One bar at a time: the copy's bar ends before the verification's begins.
      for (const index = BACKUP_STEPS.indexOf(step); current < index; current += 1) bars[current]!.stop();
      bars[current]!.update(done, total);
    });
    bars[current]!.stop();
    const key = process.env.PLENIPO_MASTER_KEY ? 'PLENIPO_MASTER_KEY' : `${options.db}.key`;
    process.stdout.write(
      `Backed up ${result.cables} cables to ${options.out} and verified the copy (head ${result.headHash.slice(0, 16)})\n` +
        `The backup does not contain the master key: keep ${key} safe as well; a restore needs it.\n`,
    );
  } finally {
    await services.store.close();
  }
}

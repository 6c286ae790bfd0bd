import { restoreRegistry } from '../../services/archive/restore-registry.js';
import { progressBar } from '../progress.js';

/** Verifies a backup and puts it in place as the registry at --db; the server must be stopped. */
export async function restore(options: { from: string; db: string; force?: boolean }): Promise<void> {
  const bar = progressBar('Verifying the backup');
  try {
    const { cables } = await restoreRegistry(
      { from: options.from, db: options.db, force: options.force ?? false },
      bar.update,
    );
    bar.stop();
    const key = process.env.PLENIPO_MASTER_KEY ? 'PLENIPO_MASTER_KEY' : `${options.db}.key`;
    process.stdout.write(
      `Restored ${cables} cables into ${options.db} and verified them; it signs with the master key in ${key}\n`,
    );
  } catch (error) {
    bar.stop();
    throw error;
  }
}

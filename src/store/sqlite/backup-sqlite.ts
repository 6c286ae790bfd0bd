import type { SqliteConnection } from './sqlite-driver.js';

/** Pages per step: few enough for a live progress bar, enough to copy a large registry in a few dozen steps. */
const PAGES_PER_STEP = 1024;
/** Every remaining page in one step (better-sqlite3 caps a step at 2^31 − 1 pages). */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the open database to a new file at `toPath` with SQLite's online
 * backup API: the copy is one committed state, taken while this and other
 * processes go on registering. A step never copies a half-done transaction of
 * this connection (SQLite answers BUSY and the step is retried), and writes
 * made through this connection reach the copy as well.
 *
 * SQLite restarts a stepwise copy whenever another process commits between two
 * steps, so a busy server could starve a backup taken by the CLI. After the
 * first restart the rest goes in one step: it holds only a read transaction,
 * which in WAL mode blocks no writer (https://sqlite.org/backup.html).
 */
export async function backupSqlite(
  database: SqliteConnection,
  toPath: string,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarted = false;
  const { totalPages } = await database.backup(toPath, {
    progress({ totalPages, remainingPages }) {
      // A step that leaves no fewer pages to copy was restarted (or found this connection mid-transaction).
      if (remainingPages >= lastRemaining) restarted = true;
      lastRemaining = remainingPages;
      onProgress(totalPages - remainingPages, totalPages);
      return restarted ? ALL_PAGES : PAGES_PER_STEP;
    },
  });
  onProgress(totalPages, totalPages);
}

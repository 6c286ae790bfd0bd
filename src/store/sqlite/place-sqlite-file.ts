import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteDatabase } from './sqlite-driver.js';

/**
 * Whether another process has the SQLite file at `path` open. Every
 * connection to a WAL database keeps a shared lock on the file while it is
 * open, so a connection in exclusive locking mode that cannot take its lock at
 * once means someone else (a running server, a CLI command) holds the file.
 */
export function isSqliteFileInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const database = new SqliteDatabase(path, { timeout: 0 });
  try {
    database.pragma('locking_mode = EXCLUSIVE');
    database.exec('begin exclusive');
    database.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    database.close();
  }
}

/** Whether a write-ahead log with frames sits beside `path`: a live or crashed database, not a closed copy. */
export function hasWriteAheadLog(path: string): boolean {
  return existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
}

/**
 * Puts the closed database file `source` in place of `target` with one rename
 * in the same folder, so `target` is the old registry or the new one, never
 * half of each. The old registry's WAL and shared-memory files go first: left
 * beside the new file, SQLite would replay the old log onto it.
 */
export function placeSqliteFile(source: string, target: string): void {
  if (hasWriteAheadLog(source)) throw new Error(`${source} is still open, or was not closed cleanly`);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(source, target);
  // The rename is durable only once the folder that records it is on disk.
  const folder = openSync(dirname(target), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}

/** Deletes a database file with the journal files SQLite may have left beside it. */
export function removeSqliteFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

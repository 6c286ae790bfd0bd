import {
  hasWriteAheadLog,
  isSqliteFileInUse,
  placeSqliteFile,
  removeSqliteFile,
} from './sqlite/place-sqlite-file.js';

/*
 * What backup and restore do with a registry kept in a file (SQLite): a
 * PostgreSQL registry is backed up and restored with PostgreSQL's own tools
 * (issue #5), so these refuse a PostgreSQL URL.
 */

function fileOf(db: string): string {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new Error('a PostgreSQL registry is backed up and restored with pg_dump and pg_restore');
  }
  return db;
}

/**
 * Puts the closed registry file `source` in place of `target` in one rename,
 * so `target` is the old registry or the new one, never half of each.
 */
export function placeStoreFile(source: string, target: string): void {
  placeSqliteFile(fileOf(source), fileOf(target));
}

/** Whether another process (a running server, a CLI command) has the registry file open. */
export function isStoreFileInUse(db: string): boolean {
  return isSqliteFileInUse(fileOf(db));
}

/** Whether the file was closed cleanly, with nothing of it left in a log beside it: true of every backup. */
export function isStoreFileClosed(db: string): boolean {
  return !hasWriteAheadLog(fileOf(db));
}

/** Deletes a registry file with whatever journal files lie beside it. */
export function removeStoreFile(db: string): void {
  removeSqliteFile(fileOf(db));
}

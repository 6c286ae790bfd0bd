import { openSqliteStore } from './sqlite/open-sqlite-store.js';
import type { Store } from './store.js';

/** Opens the store a `--db` value names: a SQLite file path (PostgreSQL URLs arrive with issue #5). */
export async function openStore(db: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new Error('PostgreSQL is not supported yet: pass a SQLite file path to --db');
  }
  return openSqliteStore(db);
}

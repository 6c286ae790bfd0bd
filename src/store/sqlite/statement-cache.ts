import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';
import type { SqliteConnection } from './sqlite-driver.js';

/** Distinct statements kept prepared; plenipo issues a few hundred shapes of SQL. */
const CAPACITY = 1000;

/**
 * The connection as Kysely sees it, with prepared statements kept and reused
 * by their SQL text. Kysely prepares every query afresh, and on the hot paths
 * (a registration runs a dozen queries) SQLite's parsing and planning cost
 * about as much as running them. A statement still busy (an open iteration)
 * is never handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache(database: SqliteConnection): KyselySqliteDatabase {
  const prepared = new Map<string, ReturnType<SqliteConnection['prepare']>>();
  return {
    close: () => {
      prepared.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const kept = prepared.get(sql);
      if (kept && !kept.busy) return kept as unknown as SqliteStatement;
      const statement = database.prepare(sql);
      if (!kept) {
        if (prepared.size >= CAPACITY) prepared.delete(prepared.keys().next().value!);
        prepared.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}

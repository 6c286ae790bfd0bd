import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split('.')[0]);

/**
 * better-sqlite3, in the line that is sound on the running Node. Line 12 is the
 * last to run on Node 20, but on Node 24 it aborts the process when a
 * statement is garbage-collected (Node 24 changed `node::ObjectWrap`; see
 * WiseLibs/better-sqlite3#1515). Line 13 is built on Node-API and fixed, but
 * needs Node 22 and crashes on 20. Both are listed (the second under the
 * alias `better-sqlite3-napi`, an optional dependency: npm leaves it out on Node
 * 20, whose engine it does not support, rather than warn) and the right one is
 * loaded here; every part of plenipo that opens a SQLite file goes through this.
 */
export const SqliteDatabase: typeof BetterSqlite3 = loadDriver(
  nodeMajor >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3',
);

function loadDriver(name: string): typeof BetterSqlite3 {
  try {
    return require(name);
  } catch (error) {
    // Installed under another Node (or its build failed): say what to do rather than "Cannot find module".
    throw new Error(
      `${name} does not load on Node ${process.versions.node}: run npm ci again under this Node (${(error as Error).message})`,
    );
  }
}

export type SqliteConnection = BetterSqlite3.Database;

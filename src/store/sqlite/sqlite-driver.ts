import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split('.')[0]);

/**
 * better-sqlite3, in the line that is sound on the running Node. Line 12 is the
 * last to run on Node 20, but on Node 24 it aborts the process when a
 * statement is garbage-collected (Node 24 changed `node::ObjectWrap`; see
 * WiseLibs/better-sqlite3#1515). Line 13 is built on Node-API and fixed, but
 * needs Node 22 and crashes on 20. Both are installed (the second under the
 * alias `better-sqlite3-napi`) and the right one is loaded here; every part of
 * plenipo that opens a SQLite file goes through this.
 */
export const SqliteDatabase: typeof BetterSqlite3 = require(
  nodeMajor >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3',
);

export type SqliteConnection = BetterSqlite3.Database;

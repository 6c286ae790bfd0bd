import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';

/*
 * Reading a SQLite registry file at the level of its bytes, for tests that
 * change them as a disk fault or an intruder with a hex editor would.
 */

/** Every cable row as SQLite reads it, one JSON text per position. */
export function cableRowsOf(db: string): Map<number, string> {
  const raw = new Database(db, { readonly: true });
  try {
    const rows = raw.prepare('select * from cables order by seq').all() as { seq: number }[];
    return new Map(rows.map((row) => [row.seq, JSON.stringify(row)]));
  } finally {
    raw.close();
  }
}

/** The positions whose rows read differently from `pristine`. */
export function changedRowsOf(db: string, pristine: Map<number, string>): number[] {
  const now = cableRowsOf(db);
  return [...new Set([...pristine.keys(), ...now.keys()])].filter(
    (seq) => pristine.get(seq) !== now.get(seq),
  );
}

/**
 * Which bytes of the file hold cable rows: the cell content of the cables
 * table's leaf pages, less their free blocks, and its overflow pages (pages
 * found with SQLite's dbstat, laid out as in sqlite.org/fileformat2.html).
 * A page also keeps stale copies of cells that moved when the table's b-tree
 * split; a flip there changes nothing the registry holds, so it is no tampering.
 */
export function cableRowBytes(db: string, file: Buffer): (at: number, length: number) => boolean {
  const pageSize = file.readUInt16BE(16) === 1 ? 65536 : file.readUInt16BE(16);
  const reserved = file[20]!;
  const raw = new Database(db, { readonly: true });
  const pages = raw.prepare("select pageno, pagetype from dbstat where name = 'cables'").all() as {
    pageno: number;
    pagetype: 'internal' | 'leaf' | 'overflow';
  }[];
  raw.close();
  const live: [from: number, to: number][] = [];
  for (const { pageno, pagetype } of pages) {
    const page = (pageno - 1) * pageSize;
    const end = page + pageSize - reserved;
    if (pagetype === 'overflow') live.push([page + 4, end]); // after the pointer to the next overflow page
    if (pagetype !== 'leaf') continue;
    let from = page + (file.readUInt16BE(page + 5) || 65536); // the start of the cell content area
    // Free blocks chain through the content area in ascending order: [next, size] at the head of each.
    for (let block = file.readUInt16BE(page + 1); block !== 0; block = file.readUInt16BE(page + block)) {
      live.push([from, page + block]);
      from = page + block + file.readUInt16BE(page + block + 2);
    }
    live.push([from, end]);
  }
  return (at, length) => live.some(([from, to]) => at >= from && at + length <= to);
}

/** Every offset at which `needle` starts in `haystack`. */
export function occurrences(haystack: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** A small seeded generator, so a failing run can be replayed exactly. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

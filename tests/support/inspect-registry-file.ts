import type { SqliteConnection } from '../../src/store/sqlite/sqlite-driver.js';
import { SqliteDatabase as Database } from '../../src/store/sqlite/sqlite-driver.js';

interface CableRow {
  seq: number;
  id: string;
  number: string;
  series: string;
  seriesSeq: number;
  readers: string;
  issues: string;
  inReplyTo: string | null;
  refs: string;
  prevHash: string;
  hash: string;
}

/** What a registry file holds, read straight from SQLite with no plenipo code in between. */
export interface RegistryFileReport {
  /** Every cable by id: its chain position, registry number and chain hash. */
  cables: Map<string, { seq: number; number: string; hash: string }>;
  /** Every way the file breaks a rule of the registry; empty when it holds. */
  problems: string[];
}

/**
 * Reads the registry file at `db` directly and lists every rule it breaks:
 * chain positions 1..N with each cable linked to the one before; registry
 * numbers 1..n in every series with no gap; and no half-written cable, i.e.
 * every cable row has exactly its deliveries (one per reader), issue rows,
 * reference links and full-text entry. `writable` also runs SQLite's own
 * integrity checks, which need a writable connection for FTS5.
 */
export function inspectRegistryFile(db: string, options: { writable?: boolean } = {}): RegistryFileReport {
  const connection = new Database(db, { readonly: !options.writable, fileMustExist: true });
  try {
    const problems: string[] = [];
    const rows = connection
      .prepare(
        `select seq, id, number, series, series_seq as seriesSeq, readers, issues, in_reply_to as inReplyTo,
           refs, prev_hash as prevHash, hash from cables order by seq`,
      )
      .all() as CableRow[];
    const seqOfId = new Map(rows.map((row) => [row.id, row.seq]));
    const grouped = (sql: string) => {
      const sets = new Map<number, string[]>();
      for (const { seq, value } of connection.prepare(sql).all() as {
        seq: number;
        value: string | number;
      }[]) {
        sets.set(seq, [...(sets.get(seq) ?? []), String(value)]);
      }
      return (seq: number) => (sets.get(seq) ?? []).sort();
    };
    const deliveries = grouped('select cable_seq as seq, person_id as value from deliveries');
    const issues = grouped('select cable_seq as seq, issue as value from cable_issues');
    const links = grouped('select from_seq as seq, to_seq as value from cable_links');
    const indexed = grouped('select id as seq, id as value from cables_fts_docsize');
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
    const seriesSeqs = new Map<string, number[]>();

    rows.forEach((row, i) => {
      const before = rows[i - 1];
      if (row.seq !== i + 1) problems.push(`${row.number} sits at position ${row.seq}, expected ${i + 1}`);
      if (before && row.prevHash !== before.hash)
        problems.push(`${row.number} does not chain to ${before.number}`);
      seriesSeqs.set(row.series, [...(seriesSeqs.get(row.series) ?? []), row.seriesSeq]);
      const readers = [...new Set(JSON.parse(row.readers) as string[])].sort();
      if (!same(deliveries(row.seq), readers))
        problems.push(`${row.number}: deliveries do not match its readers`);
      const tags = [...new Set(JSON.parse(row.issues) as string[])].sort();
      if (!same(issues(row.seq), tags)) problems.push(`${row.number}: issue rows do not match its issues`);
      const referred = [row.inReplyTo, ...(JSON.parse(row.refs) as string[])].filter((id) => id !== null);
      const targets = [...new Set(referred.map((id) => String(seqOfId.get(id))))].sort();
      if (!same(links(row.seq), targets)) problems.push(`${row.number}: links do not match its references`);
      if (!same(indexed(row.seq), [String(row.seq)])) problems.push(`${row.number}: no full-text entry`);
    });
    for (const [series, seqs] of seriesSeqs) {
      const sorted = seqs.sort((a, b) => a - b);
      const gap = sorted.findIndex((seq, i) => seq !== i + 1);
      if (gap >= 0) problems.push(`series ${series}: number ${sorted[gap]} where ${gap + 1} belongs`);
    }
    const fullTextEntries = connection.prepare('select count(*) as n from cables_fts_docsize').get() as {
      n: number;
    };
    if (fullTextEntries.n !== rows.length) {
      problems.push(`${fullTextEntries.n} full-text entries for ${rows.length} cables`);
    }
    if (options.writable) problems.push(...integrityProblems(connection));
    return {
      cables: new Map(rows.map((row) => [row.id, { seq: row.seq, number: row.number, hash: row.hash }])),
      problems,
    };
  } finally {
    connection.close();
  }
}

function integrityProblems(connection: SqliteConnection): string[] {
  const problems: string[] = [];
  const result = connection.pragma('integrity_check') as { integrity_check: string }[];
  if (result[0]?.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(result)}`);
  try {
    // rank = 1 also compares the index with its external content, the cables table (https://sqlite.org/fts5.html).
    connection.exec(`insert into cables_fts (cables_fts, rank) values ('integrity-check', 1)`);
  } catch (error) {
    problems.push(`full-text index: ${(error as Error).message}`);
  }
  return problems;
}

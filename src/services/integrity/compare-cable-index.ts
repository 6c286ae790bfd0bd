import { type Cable, type CableFault, canonicalJson } from '../../core/index.js';
import { type CableIndexRows, indexRowsOf } from '../../store/store.js';
import type { Services } from '../services.js';

const BATCH = 1000;

/** The index tables, each with the key that names one of its rows. */
const TABLES: [keyof CableIndexRows, string, (row: Record<string, unknown>) => string][] = [
  ['issues', 'cable_issues', (row) => `${row.cableSeq}/${row.issue}`],
  ['links', 'cable_links', (row) => `${row.fromSeq}->${row.toSeq}`],
  ['amendments', 'mandate_amendments', (row) => String(row.cableSeq)],
  ['moves', 'moves', (row) => `${row.cableSeq}/${row.idx}`],
  ['records', 'record_accounts', (row) => String(row.cableSeq)],
];

/**
 * Recomputes the rows that index the cables after `afterSeq` (issue tags,
 * references, directives' amendments, reports' moves) from the cables' signed
 * content and compares them with the stored rows, naming the first that
 * differs (issue 12, finding 4): a move or an amendment edited in the file, a
 * link planted to pull a cable into a thread. Then checks the full-text index.
 */
export async function compareCableIndex(services: Services, afterSeq = 0): Promise<CableFault | null> {
  const { registry } = services.store;
  let last: Cable | null = null;
  for await (const batch of registry.scan(BATCH, afterSeq)) {
    const cables = batch.flatMap((scanned) => (scanned.cable ? [scanned.cable] : []));
    if (cables.length === 0) continue;
    const referenced = cables.flatMap((cable) => [cable.inReplyTo, ...cable.refs]);
    const seqOf = await registry.seqsOfIds(referenced.filter((id): id is string => id !== null));
    const expected: CableIndexRows = { issues: [], links: [], amendments: [], moves: [], records: [] };
    for (const cable of cables) {
      const linked = [cable.inReplyTo, ...cable.refs].flatMap((id) => {
        const seq = id === null ? undefined : seqOf.get(id);
        return seq === undefined ? [] : [seq];
      });
      const rows = indexRowsOf(cable, linked);
      for (const [table] of TABLES) expected[table].push(...(rows[table] as never[]));
    }
    last = cables.at(-1)!;
    const fault = firstDifference(expected, await registry.indexBetween(cables[0]!.seq, last.seq), last);
    if (fault) return fault;
  }
  // Rows past the last cable index nothing the chain holds.
  const tail = last?.seq ?? afterSeq;
  const none: CableIndexRows = { issues: [], links: [], amendments: [], moves: [], records: [] };
  const extra = firstDifference(none, await registry.indexBetween(tail + 1, Number.MAX_SAFE_INTEGER), last);
  if (extra) return extra;
  const textFault = await registry.checkTextIndex();
  if (!textFault) return null;
  return {
    seq: tail,
    number: 'the full-text index',
    fault: 'projection-mismatch',
    message: `the search index does not match the cables it indexes (${textFault})`,
  };
}

function firstDifference(expected: CableIndexRows, stored: CableIndexRows, near: Cable | null) {
  for (const [table, name, keyOf] of TABLES) {
    const want = new Map(expected[table].map((row) => [keyOf(row), canonicalJson(row)]));
    const held = new Map(stored[table].map((row) => [keyOf(row), canonicalJson(row)]));
    for (const [key, row] of want) {
      const what = !held.has(key) ? 'lacks the row' : held.get(key) !== row ? 'holds another row' : null;
      if (what) return fault(name, key, what, near);
    }
    for (const key of held.keys()) if (!want.has(key)) return fault(name, key, 'holds a row', near);
  }
  return null;
}

function fault(table: string, key: string, what: string, near: Cable | null): CableFault {
  const seq = Number(key.split(/\/|->/)[0]);
  return {
    seq: Number.isFinite(seq) ? seq : (near?.seq ?? 0),
    number: `${table} row '${key}'`,
    fault: 'projection-mismatch',
    message: `the ${table} table ${what}, unlike the cable it indexes`,
  };
}

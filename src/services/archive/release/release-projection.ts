import {
  type CableFault,
  canonicalJson,
  isReleasePayload,
  isWithdrawalPayload,
  type ReleaseEntry,
  type ReleaseRows,
  releaseRowsOf,
} from '../../../core/index.js';
import type { Services } from '../../services.js';

const BATCH = 1000;

/** The release projection as the chain's release entries make it: what verify compares and import writes. */
export async function releaseRowsOfChain(services: Services): Promise<ReleaseRows> {
  const entries: ReleaseEntry[] = [];
  for await (const batch of services.store.registry.scan(BATCH))
    for (const { cable } of batch)
      if (
        cable?.kind === 'release' &&
        (isReleasePayload(cable.payload) || isWithdrawalPayload(cable.payload))
      )
        entries.push({ seq: cable.seq, id: cable.id, payload: cable.payload });
  const ids = entries.flatMap(({ payload }) => (isReleasePayload(payload) ? payload.cables : []));
  const seqOf = ids.length > 0 ? await services.store.registry.seqsOfIds([...new Set(ids)]) : new Map();
  return releaseRowsOf(entries, seqOf);
}

/** Writes the projection the chain makes, replacing what is there (after an import). */
export async function rebuildReleases(services: Services): Promise<void> {
  await services.store.releases.replaceAll(await releaseRowsOfChain(services));
}

const TABLES = [
  [
    'grants',
    'release_grants',
    (row: Record<string, unknown>) => `${row.entrySeq}/${row.cableSeq}/${row.reader}`,
  ],
  ['redactions', 'redactions', (row: Record<string, unknown>) => `${row.entrySeq}/${row.idx}`],
] as const;

/**
 * Rebuilds the release projection from the release entries and compares it
 * with the stored tables, naming the first row that differs (issue 15): a
 * grant planted to widen a cable's readers, a redaction's range or a
 * withdrawal's date edited in the file.
 */
export async function compareReleases(services: Services): Promise<CableFault | null> {
  const expected = await releaseRowsOfChain(services);
  const stored = await services.store.releases.rows();
  for (const [table, name, keyOf] of TABLES) {
    const want = new Map(expected[table].map((row) => [keyOf({ ...row }), canonicalJson({ ...row })]));
    const held = new Map(stored[table].map((row) => [keyOf({ ...row }), canonicalJson({ ...row })]));
    for (const [key, row] of want) {
      const what = !held.has(key) ? 'lacks the row' : held.get(key) !== row ? 'holds another row' : null;
      if (what) return faultOf(name, key, what);
    }
    for (const key of held.keys()) if (!want.has(key)) return faultOf(name, key, 'holds a row');
  }
  return null;
}

function faultOf(table: string, key: string, what: string): CableFault {
  return {
    seq: Number(key.split('/')[0]),
    number: `${table} row '${key}'`,
    fault: 'projection-mismatch',
    message: `the ${table} table ${what}, unlike the release entry it projects`,
  };
}

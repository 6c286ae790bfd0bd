import {
  type Cable,
  ChainVerifier,
  concludeCable,
  DomainError,
  invalidInput,
  SetupLedger,
  type WalkedCable,
} from '../../core/index.js';
import type { PersonSecrets, StoredVerdict } from '../../store/store.js';
import { restoreDigestRecords } from '../digest/restore-digest-records.js';
import { recordAudit } from '../integrity/record-audit.js';
import { SignaturePool, signatureWorkersFor } from '../integrity/verify-workers/signature-pool.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';
import { EXPORT_FORMAT, EXPORT_RECORD_TYPES, EXPORT_VERSION, type ExportRecord } from './export-registry.js';
import { rebuildReleases } from './release/release-projection.js';

/** Cables stored in one transaction; also the cables in one batch of signatures for a worker. */
const BATCH = 2000;
/** Batches read ahead of the one being stored, their signatures being checked meanwhile. */
const AHEAD = 2;

/** Cables read and walked, waiting for their signatures before they are stored. */
interface ImportBatch {
  cables: Cable[];
  walked: WalkedCable[];
  lineNumbers: number[];
  holds: Promise<Uint8Array>;
}

/**
 * Loads an export into an empty registry. Every cable is verified as it comes
 * (chain, signature, readers) before it is stored, so a tampered export is
 * refused at the cable that breaks; an unknown or malformed record is refused
 * at its line. A refused import imports nothing: what was stored is discarded.
 */
export async function importRegistry(
  services: Services,
  lines: AsyncIterable<string>,
  onProgress: (imported: number, total: number) => void = () => {},
): Promise<{ cables: number }> {
  // Take the iterator before the first await: readline emits lines as soon as its input flows, and a line
  // emitted before anyone iterates is lost (a PostgreSQL round trip is long enough for a whole file).
  const iterator = lines[Symbol.asyncIterator]();
  const { store } = services;
  if ((await store.registry.count()) > 0 || (await store.directory.people()).length > 0) {
    throw new DomainError('conflict', 'Import needs an empty registry: start from a new database file.');
  }
  const secrets = new Map<string, PersonSecrets>();
  const ledger = new SetupLedger();
  const verifySignature = (publicKey: string | null | undefined, message: string, signature: string) =>
    !!publicKey && services.keyring.verify(publicKey, message, signature);
  const verifier = new ChainVerifier(sha256Hex, (_author, message, signature, publicKey) =>
    verifySignature(publicKey, message, signature),
  );
  const verdicts: Omit<StoredVerdict, 'current'>[] = [];
  let pool: SignaturePool | null = null;
  // Signatures are checked by workers when there are many, else here; either way a batch is stored
  // only once every cable in it holds, so nothing at or after a cable that breaks is written.
  const checkSignatures = (walked: WalkedCable[]): Promise<Uint8Array> => {
    if (pool) return pool.check(signaturesOf(walked));
    const holds = walked.map((cable) => verifySignature(cable.publicKey, cable.message, cable.signature));
    return Promise.resolve(Uint8Array.from(holds, Number));
  };
  const pending: ExportRecord[] = [];
  let total = 0;
  let imported = 0;
  let lineNumber = 0;
  let reading: Omit<ImportBatch, 'holds'> = { cables: [], walked: [], lineNumbers: [] };
  const checking: ImportBatch[] = [];
  const storeOldest = async () => {
    const { cables, walked, lineNumbers, holds } = checking.shift()!;
    const results = await holds;
    for (const [i, cable] of walked.entries()) {
      const fault = concludeCable(cable, results[i] === 1);
      if (fault) throw invalidInput(`line ${lineNumbers[i]}`, `cable ${fault.number}: ${fault.message}`);
    }
    // The organisation's rows come first: the cables name their authors and series.
    if (cables.some((cable) => cable.kind === 'setup')) await projectSoFar();
    await store.registry.restore(cables);
    imported += cables.length;
    onProgress(imported, total);
  };
  const projectSoFar = () => {
    const withSecrets = new Map(
      Object.keys(ledger.state.people).map((id) => [
        id,
        secrets.get(id) ?? { passwordHash: '', privateKeySealed: '' },
      ]),
    );
    return store.directory.project(ledger.state, withSecrets);
  };
  const send = () => {
    checking.push({ ...reading, holds: checkSignatures(reading.walked) });
    reading = { cables: [], walked: [], lineNumbers: [] };
  };
  try {
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      const record = parseRecord(line, lineNumber);
      if (lineNumber === 1 && (record.type !== 'header' || record.format !== EXPORT_FORMAT)) {
        throw invalidInput('line 1', `is not a ${EXPORT_FORMAT} export header`);
      }
      if (record.type === 'header') {
        if (record.version !== EXPORT_VERSION)
          throw invalidInput(
            'line 1',
            `is an export of version ${record.version}; this plenipo reads version ${EXPORT_VERSION}`,
          );
        total = record.cables;
      } else if (record.type === 'cable') {
        const workers = signatureWorkersFor(total);
        if (!pool && workers > 0) pool = new SignaturePool(workers);
        const walked = verifier.walk(record.cable);
        walked.publicKey = ledger.keyFor(record.cable);
        const refused = ledger.observe(record.cable);
        if (refused) throw invalidInput(`line ${lineNumber}`, `cable ${record.cable.number}: ${refused}`);
        reading.cables.push(record.cable);
        reading.walked.push(walked);
        reading.lineNumbers.push(lineNumber);
        // A cable at fault before its signature ends the import: the cables before it are checked first,
        // so that the first cable that breaks is the one named.
        if (reading.cables.length >= BATCH || walked.beforeSignature) send();
        while (checking.length > AHEAD || (walked.beforeSignature && checking.length > 0))
          await storeOldest();
      } else if (record.type === 'server-key') {
        await store.heads.claimServerKey({
          publicKey: record.publicKey,
          privateKeySealed: record.privateKeySealed,
        });
      } else if (record.type === 'secret') {
        secrets.set(record.person, {
          passwordHash: record.passwordHash,
          privateKeySealed: record.privateKeySealed,
        });
      } else if (record.type === 'verdict') {
        const { type: _, ...verdict } = record;
        verdicts.push(verdict);
      } else {
        pending.push(record);
      }
    }
    // A file cut short at a line break still parses: only the header's count shows that cables are missing.
    const read =
      imported + checking.reduce((sum, batch) => sum + batch.cables.length, 0) + reading.cables.length;
    if (read !== total) {
      throw invalidInput('line 1', `the header promises ${total} cables but the file holds ${read}`);
    }
    send();
    while (checking.length > 0) await storeOldest();
    await projectSoFar();
    for (const verdict of verdicts) await store.mandates.saveVerdicts([verdict], []);
    await store.mandates.restoreAlerts(pending.flatMap((r) => (r.type === 'alert' ? [withoutType(r)] : [])));
    // Acknowledgements, escalations and readings: each a person's act on record, not made from the cables.
    await store.workflow.restore({
      acknowledgements: pending.flatMap((r) => (r.type === 'acknowledgement' ? [withoutType(r)] : [])),
      escalations: pending.flatMap((r) => (r.type === 'escalation' ? [withoutType(r)] : [])),
      readings: pending.flatMap((r) => (r.type === 'reading' ? [withoutType(r)] : [])),
    });
    for (const record of pending) if (record.type === 'head') await store.heads.append(withoutType(record));
    await restoreDigestRecords(services, pending);
    // Releases are entries of the chain: their projection is rebuilt from them, never carried as rows.
    await rebuildReleases(services);
  } catch (error) {
    // Nothing of a refused export stays: the registry is as empty as the import found it.
    await pool?.close();
    pool = null;
    await store.discardImport();
    throw error;
  } finally {
    await pool?.close();
  }
  await recordAudit(services, null, 'registry.import', null, { cables: imported });
  return { cables: imported };
}

function withoutType<T extends { type: string }>(record: T): Omit<T, 'type'> {
  const { type: _, ...rest } = record;
  return rest;
}

function parseRecord(line: string, lineNumber: number): ExportRecord {
  try {
    const record = JSON.parse(line) as ExportRecord;
    if (typeof record !== 'object' || record === null || typeof record.type !== 'string')
      throw new Error('no type');
    if (!(EXPORT_RECORD_TYPES as readonly string[]).includes(record.type))
      throw invalidInput(
        `line ${lineNumber}`,
        `has a record type this plenipo does not know: '${record.type}'`,
      );
    return record;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalidInput(`line ${lineNumber}`, 'is not a JSON export record');
  }
}

function signaturesOf(walked: WalkedCable[]) {
  return {
    publicKeys: walked.map((cable) => cable.publicKey ?? null),
    messages: walked.map((cable) => cable.message),
    signatures: walked.map((cable) => cable.signature),
  };
}

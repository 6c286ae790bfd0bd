import {
  type Cable,
  ChainVerifier,
  concludeCable,
  DomainError,
  invalidInput,
  type WalkedCable,
} from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { SignaturePool, signatureWorkersFor } from '../integrity/verify-workers/signature-pool.js';
import { sha256Hex } from '../keyring.js';
import type { Services } from '../services.js';
import { EXPORT_FORMAT, type ExportRecord } from './export-registry.js';

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
 * refused at the cable that breaks, and nothing after it is written.
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
  const keys = new Map<string, string>();
  const verifySignature = (author: string, message: string, signature: string) => {
    const key = keys.get(author);
    return key !== undefined && services.keyring.verify(key, message, signature);
  };
  const verifier = new ChainVerifier(sha256Hex, verifySignature);
  let pool: SignaturePool | null = null;
  // Signatures are checked by workers when there are many, else here; either way a batch is stored
  // only once every cable in it holds, so nothing at or after a cable that breaks is written.
  const checkSignatures = (walked: WalkedCable[]): Promise<Uint8Array> => {
    if (pool) return pool.check(signaturesOf(walked));
    const holds = walked.map((cable) => verifySignature(cable.author, cable.message, cable.signature));
    return Promise.resolve(Uint8Array.from(holds, Number));
  };
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
    await store.registry.restore(cables);
    imported += cables.length;
    onProgress(imported, total);
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
      if (record.type === 'header') total = record.cables;
      else if (record.type === 'cable') {
        // The organisation comes first in an export: by its first cable, every author's key is known.
        const workers = signatureWorkersFor(total);
        if (!pool && workers > 0) pool = new SignaturePool(workers, keys);
        const walked = verifier.walk(record.cable);
        reading.cables.push(record.cable);
        reading.walked.push(walked);
        reading.lineNumbers.push(lineNumber);
        // A cable at fault before its signature ends the import: the cables before it are checked first,
        // so that the first cable that breaks is the one named.
        if (reading.cables.length >= BATCH || walked.beforeSignature) send();
        while (checking.length > AHEAD || (walked.beforeSignature && checking.length > 0))
          await storeOldest();
      } else {
        await importOrganisation(services, record, keys);
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
  } finally {
    await pool?.close();
  }
  await recordAudit(services, null, 'registry.import', null, { cables: imported });
  return { cables: imported };
}

async function importOrganisation(services: Services, record: ExportRecord, keys: Map<string, string>) {
  const { directory, settings } = services.store;
  switch (record.type) {
    case 'setting':
      return settings.set(record.key, record.value);
    case 'post': {
      const { type: _, ...post } = record;
      return directory.addPost(post);
    }
    case 'person': {
      const { type: _, publicKey, privateKeySealed, passwordHash, ...person } = record;
      keys.set(person.id, publicKey);
      return directory.addPerson(person, { publicKey, privateKeySealed, passwordHash }, services.now());
    }
    case 'group': {
      const { type: _, ...group } = record;
      return directory.addGroup(group);
    }
    case 'membership': {
      const { type: _, ...membership } = record;
      return directory.addMembership(membership);
    }
    case 'series': {
      const { type: _, ...series } = record;
      return directory.addSeries(series);
    }
    case 'conference': {
      const { type: _, ...conference } = record;
      return directory.addConference(conference);
    }
  }
}

function parseRecord(line: string, lineNumber: number): ExportRecord {
  try {
    const record = JSON.parse(line) as ExportRecord;
    if (typeof record !== 'object' || record === null || typeof record.type !== 'string')
      throw new Error('no type');
    return record;
  } catch {
    throw invalidInput(`line ${lineNumber}`, 'is not a JSON export record');
  }
}

function signaturesOf(walked: WalkedCable[]) {
  return {
    authors: walked.map((cable) => cable.author),
    messages: walked.map((cable) => cable.message),
    signatures: walked.map((cable) => cable.signature),
  };
}

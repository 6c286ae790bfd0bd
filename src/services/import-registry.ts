import { type Cable, ChainVerifier, DomainError, invalidInput } from '../core/index.js';
import { EXPORT_FORMAT, type ExportRecord } from './export-registry.js';
import { sha256Hex } from './keyring.js';
import { recordAudit } from './record-audit.js';
import type { Services } from './services.js';

const BATCH = 500;

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
  const verifier = new ChainVerifier(sha256Hex, (author, message, signature) => {
    const key = keys.get(author);
    return key !== undefined && services.keyring.verify(key, message, signature);
  });
  let total = 0;
  let imported = 0;
  let lineNumber = 0;
  let pending: Cable[] = [];
  const flush = async () => {
    await store.registry.restore(pending);
    imported += pending.length;
    pending = [];
    onProgress(imported, total);
  };
  for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const record = parseRecord(line, lineNumber);
    if (lineNumber === 1 && (record.type !== 'header' || record.format !== EXPORT_FORMAT)) {
      throw invalidInput('line 1', `is not a ${EXPORT_FORMAT} export header`);
    }
    if (record.type === 'header') total = record.cables;
    else if (record.type === 'cable') {
      const fault = verifier.check(record.cable);
      if (fault) throw invalidInput(`line ${lineNumber}`, `cable ${fault.number}: ${fault.message}`);
      pending.push(record.cable);
      if (pending.length >= BATCH) await flush();
    } else {
      await importOrganisation(services, record, keys);
    }
  }
  // A file cut short at a line break still parses: only the header's count shows that cables are missing.
  if (imported + pending.length !== total) {
    throw invalidInput(
      'line 1',
      `the header promises ${total} cables but the file holds ${imported + pending.length}`,
    );
  }
  await flush();
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

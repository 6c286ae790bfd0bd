import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DomainError, invalidInput } from '../../core/index.js';
import { openStore } from '../../store/open-store.js';
import { placeStoreFile, removeStoreFile } from '../../store/place-store-file.js';
import { recordAudit } from '../integrity/record-audit.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import type { Services } from '../services.js';

/** The two steps of a backup, in order, as progress reports name them. */
export const BACKUP_STEPS = ['copy', 'verify'] as const;
export type BackupStep = (typeof BACKUP_STEPS)[number];

export interface BackupResult {
  /** Cables in the backup, every one verified in the copy itself. */
  cables: number;
  /** The chain hash of the backup's last cable: the fingerprint the audit entry keeps. */
  headHash: string;
}

/**
 * Backs the registry up to a new file at `out` while registration goes on:
 * the store copies one committed state, and the copy is then opened and
 * verified (chain, signatures, readers) before success is reported, so a file
 * at `out` is always a backup that verifies. The backup holds the private keys
 * sealed, not the master key that opens them, which stays in its own file: a
 * restore needs that key file too.
 */
export async function backupRegistry(
  services: Services,
  actor: string | null,
  out: string,
  onProgress: (step: BackupStep, done: number, total: number) => void = () => {},
): Promise<BackupResult> {
  if (existsSync(out)) throw invalidInput('out', `${out} already exists: a backup never overwrites a file`);
  if (!existsSync(dirname(out))) throw invalidInput('out', `the folder ${dirname(out)} does not exist`);
  // Written under another name until verified, so an interrupted backup never looks like a finished one.
  const partial = `${out}.partial`;
  removeStoreFile(partial);
  let result: BackupResult;
  try {
    await services.store.backup(partial, (done, total) => onProgress('copy', done, total));
    result = await verifyCopy(services, partial, (done, total) => onProgress('verify', done, total));
    placeStoreFile(partial, out);
  } catch (error) {
    removeStoreFile(partial);
    throw error;
  }
  await recordAudit(services, actor, 'registry.backup', null, { file: basename(out), ...result });
  return result;
}

/** Opens the copy on its own and verifies every cable in it with the public keys it holds. */
async function verifyCopy(
  services: Services,
  path: string,
  onProgress: (done: number, total: number) => void,
): Promise<BackupResult> {
  const copy = await openStore(path);
  try {
    const verified = await verifyRegistry({ ...services, store: copy }, onProgress);
    if (verified.fault) {
      const { number, fault, message } = verified.fault;
      throw new DomainError(
        'registry-broken',
        `The backup does not verify at ${number}: ${fault}: ${message}`,
      );
    }
    return { cables: verified.checked, headHash: (await copy.registry.head()).hash };
  } finally {
    await copy.close();
  }
}

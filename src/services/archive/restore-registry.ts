import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DomainError, invalidInput } from '../../core/index.js';
import { openStore } from '../../store/open-store.js';
import {
  isStoreFileClosed,
  isStoreFileInUse,
  placeStoreFile,
  removeStoreFile,
} from '../../store/place-store-file.js';
import { recordAudit } from '../integrity/record-audit.js';
import { verifyRegistry } from '../integrity/verify-registry.js';
import { openServices } from '../open-services.js';
import type { Services } from '../services.js';

export interface RestoreOptions {
  /** The backup file, as `backupRegistry` wrote it. */
  from: string;
  /** Where the registry is restored to; no process may have it open. */
  db: string;
  /** The master key file of the registry the backup came from (default `<db>.key`). */
  keyFile?: string;
  /** Replace a registry that already holds people or cables. */
  force?: boolean;
}

/**
 * Restores a backup as the registry at `db`. The backup is verified first (on
 * a copy, so the backup file itself is never written), then put in place with
 * one rename: `db` is the old registry or the restored one, never half of
 * each. A registry that holds anything is replaced only with `force`, and
 * never while a process (a running server) has it open. A backup does not
 * contain the master key that seals the private keys: the key file of the
 * registry it came from must already sit at `keyFile`, or in
 * PLENIPO_MASTER_KEY, and must open the backup's keys.
 */
export async function restoreRegistry(
  options: RestoreOptions,
  onProgress: (verified: number, total: number) => void = () => {},
): Promise<{ cables: number }> {
  const { from, db } = options;
  const keyFile = options.keyFile ?? `${db}.key`;
  if (!existsSync(from)) throw invalidInput('from', `no backup file at ${from}`);
  if (!isStoreFileClosed(from)) {
    throw invalidInput(
      'from',
      `${from} has a write-ahead log beside it: it is a registry in use (or left by a crash), not a backup; take one with plenipo backup`,
    );
  }
  if (!process.env.PLENIPO_MASTER_KEY && !existsSync(keyFile)) {
    throw invalidInput(
      'key',
      `no master key at ${keyFile}: a backup does not contain it; copy the key file of the registry the backup came from there (or set PLENIPO_MASTER_KEY) first`,
    );
  }
  await refuseOccupied(db, options.force ?? false);
  mkdirSync(dirname(db), { recursive: true });
  // Verified and audited under another name beside the target, then renamed into place.
  const staging = `${db}.restoring`;
  removeStoreFile(staging);
  try {
    copyFileSync(from, staging);
    const cables = await verifyStaged(staging, keyFile, basename(from), onProgress);
    if (isStoreFileInUse(db)) throw occupied(db);
    placeStoreFile(staging, db);
    return { cables };
  } catch (error) {
    removeStoreFile(staging);
    throw error;
  }
}

async function refuseOccupied(db: string, force: boolean) {
  if (!existsSync(db)) return;
  if (isStoreFileInUse(db)) throw occupied(db);
  if (force) return;
  const store = await openStore(db);
  try {
    if ((await store.registry.count()) > 0 || (await store.directory.people()).length > 0) {
      throw new DomainError(
        'conflict',
        `${db} already holds a registry: pass --force to replace it with the backup`,
      );
    }
  } finally {
    await store.close();
  }
}

const occupied = (db: string) =>
  new DomainError(
    'conflict',
    `${db} is open in a process (a running plenipo serve?): stop it before restoring`,
  );

/** Verifies the staged copy, checks that the master key opens its private keys, and audits the restore in it. */
async function verifyStaged(
  staging: string,
  keyFile: string,
  from: string,
  onProgress: (verified: number, total: number) => void,
): Promise<number> {
  const services = await openServices(staging, keyFile);
  try {
    // The key first: verifying the chain rests on the server key, which a wrong master key cannot open.
    await requireMasterKeyOpens(services, keyFile);
    const result = await verifyRegistry(services, onProgress);
    if (result.fault) {
      const { number, fault, message } = result.fault;
      throw new DomainError(
        'registry-broken',
        `The backup does not verify at ${number}: ${fault}: ${message}`,
      );
    }
    await recordAudit(services, null, 'registry.restore', null, { from, cables: result.checked });
    return result.checked;
  } finally {
    await services.store.close();
  }
}

/** A wrong key file would leave a registry that verifies but in which nobody can sign again. */
async function requireMasterKeyOpens(services: Services, keyFile: string) {
  const [person] = await services.store.directory.people();
  const keys = person ? await services.store.directory.keysOf(person.id) : null;
  if (!keys) return;
  try {
    services.keyring.unseal(keys.privateKeySealed);
  } catch {
    throw invalidInput(
      'key',
      `the master key at ${keyFile} does not open the keys in this backup: use the key file of the registry it came from`,
    );
  }
}

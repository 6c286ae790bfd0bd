import { parentPort, workerData } from 'node:worker_threads';
import { Keyring, loadMasterKey } from '../../src/services/keyring.js';
import { CableDrafts } from './cable-drafts.js';
import { encodeBatch } from './draft-batch.js';
import { organisationOf } from './organisation.js';
import { Prose } from './prose.js';
import { type SignedDraft, signedDraftOf } from './signed-draft.js';
import { vocabularyOf } from './vocabulary.js';

/** What the generator hands a drafting worker. */
export interface DraftWorkerData {
  seed: number;
  cables: number;
  keyPath: string;
  /** Each person's sealed private key, as the directory holds it. */
  sealedKeys: Record<string, string>;
}

/**
 * Drafts cables [from, to) and signs each as registerCable does: the canonical
 * signed envelope, signed through the keyring with the author's sealed key.
 */
const { seed, cables, keyPath, sealedKeys } = workerData as DraftWorkerData;
const keyring = new Keyring(loadMasterKey(keyPath));
const drafts = new CableDrafts(seed, cables, organisationOf(seed), new Prose(vocabularyOf(seed)));
const sign = (author: string, text: string) => keyring.sign(sealedKeys[author]!, text);

parentPort!.on('message', ({ from, to }: { from: number; to: number }) => {
  const signed: SignedDraft[] = [];
  for (let i = from; i < to; i += 1) signed.push(signedDraftOf(drafts.draftAt(i), i, sign, { seed, cables }));
  const batch = encodeBatch(from, signed);
  parentPort!.postMessage(batch, [batch.numbers.buffer as ArrayBuffer]);
});

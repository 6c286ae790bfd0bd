import { parentPort, workerData } from 'node:worker_threads';
import { canonicalSignedEnvelope } from '../../src/core/index.js';
import { Keyring, loadMasterKey } from '../../src/services/keyring.js';
import { CableDrafts, type DraftedCable } from './cable-drafts.js';
import { organisationOf } from './organisation.js';
import { Prose } from './prose.js';
import { vocabularyOf } from './vocabulary.js';

/** What the generator hands a drafting worker. */
export interface DraftWorkerData {
  seed: number;
  cables: number;
  keyPath: string;
  /** Each person's sealed private key, as the directory holds it. */
  sealedKeys: Record<string, string>;
}

/** A cable drafted and signed by its author's key, ready to be numbered and chained. */
export interface SignedDraft extends DraftedCable {
  signature: string;
  /** The canonical signed envelope: the text signed, which the chain hash covers too. */
  signedText: string;
}

/**
 * Drafts cables [from, to) and signs each as registerCable does: the canonical
 * signed envelope, signed through the keyring with the author's sealed key.
 */
const { seed, cables, keyPath, sealedKeys } = workerData as DraftWorkerData;
const keyring = new Keyring(loadMasterKey(keyPath));
const drafts = new CableDrafts(seed, cables, organisationOf(seed), new Prose(vocabularyOf(seed)));

parentPort!.on('message', ({ from, to }: { from: number; to: number }) => {
  const signed: SignedDraft[] = [];
  for (let i = from; i < to; i += 1) {
    const draft = drafts.draftAt(i);
    const signedText = canonicalSignedEnvelope(draft.envelope);
    const signature = keyring.sign(sealedKeys[draft.envelope.author]!, signedText);
    signed.push({ ...draft, signature, signedText });
  }
  parentPort!.postMessage({ from, signed });
});

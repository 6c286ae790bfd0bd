import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

/*
 * The verify ceiling's worker: given its share of cables, answers each `go`
 * with the seconds it took to hash and verify them all with nothing but node:crypto.
 */

/** One cable's raw work: its chained envelope to hash, its signed envelope and signature to verify. */
export interface RawCable {
  chained: Uint8Array;
  signed: Uint8Array;
  signature: Uint8Array;
  /** Base64 raw Ed25519 public key of the author. */
  publicKey: string;
}

let cables: RawCable[] = [];
const keys = new Map<string, KeyObject>();
const keyOf = (publicKey: string) => {
  let key = keys.get(publicKey);
  if (!key) {
    const x = Buffer.from(publicKey, 'base64').toString('base64url');
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    keys.set(publicKey, key);
  }
  return key;
};

parentPort!.on('message', (message: { cables: RawCable[] } | 'go') => {
  if (message !== 'go') {
    cables = message.cables;
    for (const cable of cables) keyOf(cable.publicKey);
    parentPort!.postMessage('ready');
    return;
  }
  const started = performance.now();
  let holding = 0;
  for (const cable of cables) {
    createHash('sha256').update(cable.chained).digest('hex');
    if (verify(null, cable.signed, keyOf(cable.publicKey), cable.signature)) holding += 1;
  }
  parentPort!.postMessage({ seconds: (performance.now() - started) / 1000, holding });
});

/**
 * The program of a signature worker, as JavaScript text run with `eval`. It
 * needs nothing but Node's own modules, so the same text runs from the built
 * `dist` and from the TypeScript sources under vitest, on every Node the
 * project supports, with no file to resolve and no TypeScript loader.
 *
 * It answers each batch `{ id, publicKeys, bytes, ends, signatures }` (each
 * cable's signing key as the chain pins it, base64 raw Ed25519, or null) (the messages as UTF-8 in `bytes`, the i-th ending at
 * `ends[i]`) with `{ id, holds }`, one byte per cable: 1 when the signature
 * verifies. The check is `Keyring.verify`'s, so a worker and the
 * main thread agree on every cable: no key, a malformed key or a
 * malformed signature does not verify. verify-registry.test.ts holds the two together.
 */
export const SIGNATURE_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');

const parsedKeys = new Map();

function keyOf(publicKey) {
  if (publicKey === null || publicKey === undefined) return null;
  if (!parsedKeys.has(publicKey)) {
    let key = null;
    {
      try {
        const x = Buffer.from(publicKey, 'base64').toString('base64url');
        key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
      } catch {}
    }
    parsedKeys.set(publicKey, key);
  }
  return parsedKeys.get(publicKey);
}

function holds(publicKey, message, signature) {
  const key = keyOf(publicKey);
  if (key === null) return false;
  try {
    return verify(null, message, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

parentPort.on('message', ({ id, publicKeys, bytes, ends, signatures }) => {
  const messages = Buffer.from(bytes);
  const results = new Uint8Array(ends.length);
  for (let i = 0; i < ends.length; i += 1) {
    const message = messages.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
    results[i] = holds(publicKeys[i], message, signatures[i]) ? 1 : 0;
  }
  parentPort.postMessage({ id, holds: results }, [results.buffer]);
});
`;

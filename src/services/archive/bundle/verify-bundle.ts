import { createPublicKey, verify } from 'node:crypto';
import { type BundleCheck, checkBundle } from '../../../core/index.js';
import { sha256Hex } from '../../keyring.js';

/**
 * Checks a bundle file's text offline, with nothing but Node's crypto: no
 * registry, no master key. `trustedServerKey`, the registry's published
 * server key, makes the check refuse a bundle signed by any other key.
 */
export function verifyBundle(text: string, trustedServerKey?: string): BundleCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      verified: [],
      faults: [{ cable: null, fault: 'malformed', message: `not JSON: ${(error as Error).message}` }],
      serverKey: null,
      signedAt: null,
    };
  }
  return checkBundle(parsed, { sha256: sha256Hex, verify: verifyEd25519 }, trustedServerKey);
}

/** An Ed25519 signature (base64) over UTF-8 text under a raw public key (base64); false for anything malformed. */
function verifyEd25519(publicKey: string, message: string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

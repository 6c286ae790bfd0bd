import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** SHA-256 of UTF-8 text, hex: the hash the registry chain uses. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The master key seals every private key held by the server (AES-256-GCM). It
 * lives in a file beside the database, never in it, so a copy of the database
 * alone cannot sign. PLENIPO_MASTER_KEY (64 hex digits) overrides the file.
 */
export function loadMasterKey(path: string): Buffer {
  const fromEnv = process.env.PLENIPO_MASTER_KEY;
  if (fromEnv) {
    if (!/^[0-9a-f]{64}$/i.test(fromEnv)) throw new Error('PLENIPO_MASTER_KEY must be 64 hex digits');
    return Buffer.from(fromEnv, 'hex');
  }
  if (!existsSync(path)) {
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(path, 0o600);
  const hex = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`the master key file ${path} is not 64 hex digits`);
  return Buffer.from(hex, 'hex');
}

/** A new Ed25519 key pair: the public key as base64 of its 32 raw bytes, the private key sealed. */
export interface PersonKeyPair {
  publicKey: string;
  privateKeySealed: string;
}

/**
 * Signs and verifies with Ed25519 through Node's crypto. Unsealed private keys
 * and parsed public keys are cached in memory: unsealing on every cable would
 * cost more than the signature itself.
 */
export class Keyring {
  readonly #masterKey: Buffer;
  readonly #privateKeys = new Map<string, KeyObject>();
  readonly #publicKeys = new Map<string, KeyObject>();

  constructor(masterKey: Buffer) {
    this.#masterKey = masterKey;
  }

  generate(): PersonKeyPair {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'jwk' }).x!;
    return {
      publicKey: Buffer.from(raw, 'base64url').toString('base64'),
      privateKeySealed: this.seal(privateKey.export({ format: 'der', type: 'pkcs8' })),
    };
  }

  /** Signs `message` with the sealed private key; returns the signature as base64. */
  sign(privateKeySealed: string, message: string): string {
    let key = this.#privateKeys.get(privateKeySealed);
    if (!key) {
      key = createPrivateKey({ key: this.unseal(privateKeySealed), format: 'der', type: 'pkcs8' });
      this.#privateKeys.set(privateKeySealed, key);
    }
    return sign(null, Buffer.from(message, 'utf8'), key).toString('base64');
  }

  /**
   * The base64 public half of a sealed private key; throws when the seal does
   * not open under this master key (a key sealed elsewhere, or forged).
   */
  publicKeyOf(privateKeySealed: string): string {
    const key = createPrivateKey({ key: this.unseal(privateKeySealed), format: 'der', type: 'pkcs8' });
    const raw = createPublicKey(key).export({ format: 'jwk' }).x!;
    return Buffer.from(raw, 'base64url').toString('base64');
  }

  /** Checks a base64 signature against a base64 raw public key; false for anything malformed. */
  verify(publicKey: string, message: string, signature: string): boolean {
    try {
      let key = this.#publicKeys.get(publicKey);
      if (!key) {
        key = createPublicKey({
          key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
          format: 'jwk',
        });
        this.#publicKeys.set(publicKey, key);
      }
      return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  }

  seal(plain: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#masterKey, iv);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64')}`;
  }

  unseal(sealed: string): Buffer {
    if (!sealed.startsWith('v1:')) throw new Error('unknown sealed key format');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.#masterKey, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
  }
}

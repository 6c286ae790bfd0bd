import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalHeadStatement,
  checkRegistryHoldsHead,
  checkSignedHead,
  type SignedHead,
  signHead,
} from './signed-head.js';

/** An Ed25519 key pair with the public half as base64 of its raw 32 bytes, as the server keeps it. */
function aServerKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64'),
    sign: (message: string) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

const verifyUnder = (publicKey: string, message: string, signature: string) =>
  verify(
    null,
    Buffer.from(message, 'utf8'),
    {
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    },
    Buffer.from(signature, 'base64'),
  );

const server = aServerKey();
const HASH_60 = 'a'.repeat(64);
const head: SignedHead = signHead(
  { seq: 60, hash: HASH_60 },
  '1945-12-31T23:59:00.000Z',
  server.publicKey,
  server.sign,
);

describe('the statement a signed head covers', () => {
  it('is the canonical JSON of position, hash and time, whatever else the head carries', () => {
    expect(canonicalHeadStatement({ signedAt: 'T', hash: 'ab', seq: 2 })).toBe(
      '{"hash":"ab","seq":2,"signedAt":"T"}',
    );
    expect(canonicalHeadStatement(head)).toBe(
      `{"hash":"${HASH_60}","seq":60,"signedAt":"1945-12-31T23:59:00.000Z"}`,
    );
  });
});

describe('checkSignedHead', () => {
  it('accepts a head signed by the server key the registry holds', () => {
    expect(checkSignedHead(head, server.publicKey, verifyUnder)).toEqual({ head, fault: null });
  });

  it('refuses a head whose position, hash or time was changed after signing', () => {
    for (const changed of [{ seq: 59 }, { hash: 'b'.repeat(64) }, { signedAt: '1946-01-01T00:00:00.000Z' }]) {
      expect(checkSignedHead({ ...head, ...changed }, server.publicKey, verifyUnder).fault).toMatchObject({
        fault: 'bad-head-signature',
      });
    }
  });

  it('refuses a sound head signed by any other key than the server key', () => {
    const forger = aServerKey();
    const forged = signHead(head, head.signedAt, forger.publicKey, forger.sign);
    expect(checkSignedHead(forged, forger.publicKey, verifyUnder).fault).toBeNull();
    expect(checkSignedHead(forged, server.publicKey, verifyUnder).fault).toMatchObject({
      seq: 60,
      fault: 'wrong-server-key',
    });
  });

  it('refuses every head when the registry holds no server key', () => {
    expect(checkSignedHead(head, null, verifyUnder).fault).toMatchObject({ fault: 'no-server-key' });
  });

  it('names the field of a malformed head', () => {
    const cases: [unknown, string][] = [
      [{ ...head, seq: '60' }, 'seq'],
      [{ ...head, hash: 'not a hash' }, 'hash'],
      [{ ...head, signature: undefined }, 'signature'],
      [{ ...head, extra: 1 }, 'head'],
      [[], 'head'],
    ];
    for (const [input, field] of cases) {
      const { fault } = checkSignedHead(input, server.publicKey, verifyUnder);
      expect(fault).toMatchObject({ seq: null, fault: 'malformed-head' });
      expect(fault!.message.startsWith(`${field}:`), fault!.message).toBe(true);
    }
  });
});

describe('checkRegistryHoldsHead', () => {
  it('holds when the cable at the head’s position still has the head’s hash', () => {
    expect(
      checkRegistryHoldsHead(head, { number: 'CEN 0012', hash: HASH_60 }, { seq: 61, hash: 'c'.repeat(64) }),
    ).toBeNull();
  });

  it('names the position of a head the registry no longer reaches', () => {
    expect(checkRegistryHoldsHead(head, null, { seq: 59, hash: 'c'.repeat(64) })).toMatchObject({
      seq: 60,
      fault: 'truncated',
      message: expect.stringContaining('ends at position 59'),
    });
  });

  it('names the position and the cable whose hash differs from the head’s', () => {
    expect(
      checkRegistryHoldsHead(
        head,
        { number: 'CEN 0012', hash: 'd'.repeat(64) },
        { seq: 60, hash: 'd'.repeat(64) },
      ),
    ).toMatchObject({ seq: 60, fault: 'rewritten', message: expect.stringContaining('CEN 0012') });
  });
});

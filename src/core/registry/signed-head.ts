import { z } from 'zod';
import { canonicalJson } from '../cable/canonical-envelope.js';
import type { RegistryHead } from './chain.js';

/**
 * What the server attests when it signs the registry head: "at `signedAt` the
 * registry held `seq` cables, the last with chain hash `hash`". Because every
 * hash covers the one before it, the statement pins every cable up to `seq`.
 */
export interface HeadStatement {
  seq: number;
  hash: string;
  signedAt: string;
}

/** A head statement with the server's Ed25519 signature over its canonical text, and the key that made it. */
export interface SignedHead extends HeadStatement {
  /** Base64 of the server's 32-byte raw Ed25519 public key. */
  publicKey: string;
  /** Base64 Ed25519 signature over `canonicalHeadStatement`. */
  signature: string;
}

/** A signed head as it arrives from outside (an exported file): checked field by field before anything else. */
export const SignedHeadSchema = z.strictObject({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash in lower-case hex'),
  signedAt: z.iso.datetime(),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64'),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a 64-byte signature in base64'),
});

/** Checks a signature over a message under a base64 public key. Passed in: the core does no crypto itself. */
export type VerifyKeySignature = (publicKey: string, message: string, signatureBase64: string) => boolean;

export const HEAD_FAULTS = [
  'malformed-head',
  'no-server-key',
  'wrong-server-key',
  'bad-head-signature',
  'truncated',
  'rewritten',
] as const;
export type HeadFault = (typeof HEAD_FAULTS)[number];

/** What is wrong with a signed head, or with the registry measured against it; `seq` is the position it names. */
export interface SignedHeadFault {
  seq: number | null;
  fault: HeadFault;
  message: string;
}

/**
 * The exact text the server signs: RFC 8785 canonical JSON of `{seq, hash, signedAt}`.
 *
 * @example canonicalHeadStatement({ signedAt: 'T', hash: 'ab', seq: 2 }) === '{"hash":"ab","seq":2,"signedAt":"T"}'
 */
export function canonicalHeadStatement(statement: HeadStatement): string {
  return canonicalJson({ seq: statement.seq, hash: statement.hash, signedAt: statement.signedAt });
}

/** Signs the registry head at `signedAt`; `sign` returns a base64 signature by the key whose public half is `publicKey`. */
export function signHead(
  head: RegistryHead,
  signedAt: string,
  publicKey: string,
  sign: (message: string) => string,
): SignedHead {
  const statement: HeadStatement = { seq: head.seq, hash: head.hash, signedAt };
  return { ...statement, publicKey, signature: sign(canonicalHeadStatement(statement)) };
}

/**
 * Checks a signed head on its own: its fields, that it names the server key
 * the registry holds, and that the signature holds under that key. Returns the
 * parsed head, or the first fault.
 */
export function checkSignedHead(
  input: unknown,
  serverPublicKey: string | null,
  verify: VerifyKeySignature,
  /** The text the signature covers: the registry's head statement, or the audit log's. */
  statementOf: (statement: HeadStatement) => string = canonicalHeadStatement,
): { head: SignedHead; fault: null } | { head: null; fault: SignedHeadFault } {
  const parsed = SignedHeadSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'head';
    return headFault(null, 'malformed-head', `${field}: ${issue.message}`);
  }
  const head = parsed.data;
  if (serverPublicKey === null) {
    return headFault(head.seq, 'no-server-key', 'the registry holds no server key to check the head against');
  }
  // Checked against the key the registry holds, not only the one the file prints, so a head signed by any
  // other key (a forger's own) fails even though its signature is sound.
  if (head.publicKey !== serverPublicKey) {
    return headFault(
      head.seq,
      'wrong-server-key',
      `signed by ${head.publicKey}, not the server key ${serverPublicKey}`,
    );
  }
  if (!verify(head.publicKey, statementOf(head), head.signature)) {
    return headFault(head.seq, 'bad-head-signature', 'the signature does not verify under the server key');
  }
  return { head, fault: null };
}

/**
 * Checks that the registry still holds what a signed head attests: a cable at
 * the head's position with the head's hash. `held` is that cable (null when the
 * registry no longer reaches the position) and `last` the registry's head now.
 */
export function checkRegistryHoldsHead(
  head: HeadStatement,
  held: { number: string; hash: string } | null,
  last: RegistryHead,
): SignedHeadFault | null {
  if (!held) {
    return {
      seq: head.seq,
      fault: 'truncated',
      message: `the registry ends at position ${last.seq}, but the head signed at ${head.signedAt} attests a cable at position ${head.seq}`,
    };
  }
  if (held.hash !== head.hash) {
    return {
      seq: head.seq,
      fault: 'rewritten',
      message: `the cable at position ${head.seq} (${held.number}) has chain hash ${held.hash}, but the head signed at ${head.signedAt} attests ${head.hash}: the registry up to this position was rewritten`,
    };
  }
  return null;
}

function headFault(seq: number | null, fault: HeadFault, message: string) {
  return { head: null, fault: { seq, fault, message } };
}

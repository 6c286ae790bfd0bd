import { canonicalJson } from '../cable/canonical-envelope.js';
import type { HeadStatement, SignedHead } from './signed-head.js';

/**
 * The exact text the server signs for the audit log's head: RFC 8785
 * canonical JSON of `{log: "audit", seq, hash, signedAt}`. The `log` member
 * keeps it apart from a registry head's statement, so neither signature can
 * pass for the other.
 *
 * @example canonicalAuditHeadStatement({ signedAt: 'T', hash: 'ab', seq: 2 }) === '{"hash":"ab","log":"audit","seq":2,"signedAt":"T"}'
 */
export function canonicalAuditHeadStatement(statement: HeadStatement): string {
  return canonicalJson({
    log: 'audit',
    seq: statement.seq,
    hash: statement.hash,
    signedAt: statement.signedAt,
  });
}

/** Signs the audit log's head (its last entry's position and hash) at `signedAt` with the server key. */
export function signAuditHead(
  head: { seq: number; hash: string },
  signedAt: string,
  publicKey: string,
  sign: (message: string) => string,
): SignedHead {
  const statement: HeadStatement = { seq: head.seq, hash: head.hash, signedAt };
  return { ...statement, publicKey, signature: sign(canonicalAuditHeadStatement(statement)) };
}

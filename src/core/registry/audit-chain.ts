import { canonicalJson } from '../cable/canonical-envelope.js';
import { GENESIS_HASH, type Sha256 } from './chain.js';

/** One entry of the audit log: who did what to what, and when, chained to the entry before it. */
export interface AuditRecord {
  seq: number;
  at: string;
  /** The person who acted, or null for the server or an operator at its console. */
  actor: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/**
 * An audit entry's hash: SHA-256 over its canonical JSON (RFC 8785), which
 * includes the previous entry's hash, so an edited, inserted or deleted entry
 * breaks the chain as a cable does in the registry.
 */
export function auditEntryHash(entry: Omit<AuditRecord, 'hash'>, sha256: Sha256): string {
  const { seq, at, actor, action, subject, detail, prevHash } = entry;
  return sha256(canonicalJson({ seq, at, actor, action, subject, detail, prevHash }));
}

export const AUDIT_FAULTS = [
  'out-of-order',
  'broken-link',
  'hash-mismatch',
  // Measured against a signed audit head: the log ends before it, or holds another entry at its position.
  'truncated',
  'rewritten',
] as const;
export type AuditFault = (typeof AUDIT_FAULTS)[number];

/** The first thing wrong with an audit entry, naming it. */
export interface AuditEntryFault {
  seq: number;
  at: string;
  action: string;
  fault: AuditFault;
  message: string;
}

/**
 * Walks the audit log one entry at a time, oldest first, and reports the
 * first fault of each entry: a gap or repeat in positions, a link that does not
 * point at the previous hash, or a hash that does not match the entry.
 */
export class AuditChainVerifier {
  #seq = 0;
  #hash = GENESIS_HASH;

  constructor(private readonly sha256: Sha256) {}

  check(entry: AuditRecord): AuditEntryFault | null {
    const fault = this.#faultOf(entry);
    // Go on from what is stored, so one bad entry is named once, not blamed on every entry after it.
    this.#seq = entry.seq;
    this.#hash = entry.hash;
    return fault;
  }

  #faultOf(entry: AuditRecord): AuditEntryFault | null {
    const at = (fault: AuditFault, message: string): AuditEntryFault => ({
      seq: entry.seq,
      at: entry.at,
      action: entry.action,
      fault,
      message,
    });
    if (entry.seq !== this.#seq + 1) {
      return at('out-of-order', `expected entry ${this.#seq + 1}, found ${entry.seq}`);
    }
    if (entry.prevHash !== this.#hash) {
      return at('broken-link', 'does not link to the hash of the entry before it');
    }
    if (auditEntryHash(entry, this.sha256) !== entry.hash) {
      return at('hash-mismatch', 'its stored contents do not match its hash');
    }
    return null;
  }
}

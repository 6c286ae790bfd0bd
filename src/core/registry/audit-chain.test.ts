import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditChainVerifier, type AuditRecord, auditEntryHash } from './audit-chain.js';
import { GENESIS_HASH } from './chain.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A chained audit log of `length` entries, as the store seals them. */
function anAuditLog(length: number): AuditRecord[] {
  const log: AuditRecord[] = [];
  for (let seq = 1; seq <= length; seq += 1) {
    const unsealed = {
      seq,
      at: `1945-09-11T09:${String(seq).padStart(2, '0')}:00.000Z`,
      actor: seq % 2 ? 'poskrebyshev' : null,
      action: 'cable.read',
      subject: `LONTO 00${seq}`,
      detail: { n: seq },
      prevHash: log.at(-1)?.hash ?? GENESIS_HASH,
    };
    log.push({ ...unsealed, hash: auditEntryHash(unsealed, sha256) });
  }
  return log;
}

function faultsOf(log: readonly AuditRecord[]) {
  const verifier = new AuditChainVerifier(sha256);
  return log.map((entry) => verifier.check(entry)).filter((fault) => fault !== null);
}

describe('the audit chain', () => {
  it('holds for a log sealed entry by entry', () => {
    expect(faultsOf(anAuditLog(6))).toEqual([]);
  });

  it('does not depend on the order of the fields', () => {
    const [entry] = anAuditLog(1);
    const { hash: _, ...unsealed } = entry!;
    const reordered = Object.fromEntries(Object.entries(unsealed).reverse()) as typeof unsealed;
    expect(auditEntryHash(reordered, sha256)).toBe(entry!.hash);
  });

  it('names an edited entry once, not the entries after it', () => {
    const log = anAuditLog(6);
    log[2] = { ...log[2]!, actor: 'stalin' };
    expect(faultsOf(log)).toEqual([expect.objectContaining({ seq: 3, fault: 'hash-mismatch' })]);
  });

  it('names the entry after a deleted one', () => {
    const log = anAuditLog(6);
    log.splice(3, 1);
    expect(faultsOf(log)).toEqual([
      expect.objectContaining({ seq: 5, fault: 'out-of-order', message: 'expected entry 4, found 5' }),
    ]);
  });

  it('names an entry whose link was cut', () => {
    const log = anAuditLog(6);
    const cut = { ...log[4]!, prevHash: GENESIS_HASH };
    log[4] = { ...cut, hash: auditEntryHash(cut, sha256) };
    // Re-hashed, it no longer matches the link of the entry after it either.
    expect(faultsOf(log).map(({ seq, fault }) => [seq, fault])).toEqual([
      [5, 'broken-link'],
      [6, 'broken-link'],
    ]);
  });
});

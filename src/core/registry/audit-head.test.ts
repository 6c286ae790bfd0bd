import { describe, expect, it } from 'vitest';
import { canonicalAuditHeadStatement } from './audit-head.js';
import { canonicalHeadStatement } from './signed-head.js';

describe('the audit head statement', () => {
  it('is canonical JSON of the head with the log named', () => {
    expect(canonicalAuditHeadStatement({ signedAt: 'T', hash: 'ab', seq: 2 })).toBe(
      '{"hash":"ab","log":"audit","seq":2,"signedAt":"T"}',
    );
  });

  it('never reads as a registry head statement, so one signature cannot pass for the other', () => {
    const head = { seq: 7, hash: 'cd', signedAt: '2026-01-01T00:00:00Z' };
    expect(canonicalAuditHeadStatement(head)).not.toBe(canonicalHeadStatement(head));
  });
});

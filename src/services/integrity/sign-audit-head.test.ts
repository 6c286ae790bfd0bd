import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { SLOW } from '../../../tests/support/timeouts.js';
import { signHead } from '../../core/index.js';
import { SqliteDatabase as Database } from '../../store/sqlite/sqlite-driver.js';
import { openServices } from '../open-services.js';
import { OPERATOR } from '../organisation/authority.js';
import { recordAudit } from './record-audit.js';
import { serverKeyOf } from './server-key.js';
import { signAuditLogHead } from './sign-audit-head.js';
import { verifyAuditLog } from './verify-audit-log.js';
import { verifyBeforeServing } from './verify-before-serving.js';

/** Issue 12, finding 4: the audit log's head is signed and exportable like the registry head. */
describe("the audit log's signed head", { timeout: SLOW }, () => {
  let registry: TestServices;
  afterEach(() => registry?.cleanup());

  /** The London registry with a few more audit entries and its audit head signed, then entries deleted from the file. */
  async function truncatedAfterSigning(deleted: number) {
    registry = await openTestServices('london-1945');
    const { services } = registry;
    for (const reader of ['molotov', 'beria', 'stalin'])
      await recordAudit(services, reader, 'cable.read', 'CEN 0001');
    const { head, signed } = await signAuditLogHead(services);
    expect(signed).toBe(true);
    expect(head).toMatchObject({ seq: (await services.store.audit.head()).seq });
    await services.store.close();
    const raw = new Database(registry.db);
    raw.prepare('delete from audit_log where seq > (select max(seq) from audit_log) - ?').run(deleted);
    raw.close();
    registry.services = await openServices(registry.db, registry.keyFile);
    return head!;
  }

  it('is signed with the server key, and signing again without new entries signs nothing', async () => {
    registry = await openTestServices('london-1945');
    const first = await signAuditLogHead(registry.services);
    expect(first.signed).toBe(true);
    expect(first.head!.publicKey).toBe((await registry.services.store.heads.serverKey())!.publicKey);
    expect(await signAuditLogHead(registry.services)).toEqual({ head: first.head, signed: false });
    expect(await verifyAuditLog(registry.services, OPERATOR, undefined, first.head)).toMatchObject({
      fault: null,
      headFault: null,
    });
  });

  it('catches the last audit entries deleted from the file: audit --verify names the head', async () => {
    const head = await truncatedAfterSigning(2);
    const { fault } = await verifyAuditLog(registry.services, OPERATOR);
    expect(fault).toMatchObject({ seq: head.seq, fault: 'truncated', action: 'signed audit head' });
    expect(await verifyBeforeServing(registry.services)).toMatch(/truncated/);
    await expect(signAuditLogHead(registry.services)).rejects.toMatchObject({ code: 'registry-broken' });
  });

  it('catches the truncation against an exported head even when the stored heads were deleted too', async () => {
    const head = await truncatedAfterSigning(1);
    await registry.services.store.close();
    const raw = new Database(registry.db);
    raw.prepare('delete from audit_heads').run();
    raw.close();
    registry.services = await openServices(registry.db, registry.keyFile);
    const result = await verifyAuditLog(registry.services, OPERATOR, undefined, head);
    expect(result.fault).toBeNull();
    expect(result.headFault).toMatchObject({ seq: head.seq, fault: 'truncated' });
  });

  it('refuses an exported head signed as a registry head (the statements differ)', async () => {
    registry = await openTestServices('london-1945');
    const { head } = await signAuditLogHead(registry.services);
    // A sound registry-head signature by the server key over the very same position and hash.
    const key = await serverKeyOf(registry.services);
    const passedOff = signHead(head!, head!.signedAt, key.publicKey, (message) =>
      registry.services.keyring.sign(key.privateKeySealed, message),
    );
    const result = await verifyAuditLog(registry.services, OPERATOR, undefined, passedOff);
    expect(result.headFault).toMatchObject({ fault: 'bad-head-signature' });
  });
});

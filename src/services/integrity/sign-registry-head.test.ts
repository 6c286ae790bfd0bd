import { afterEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../tests/support/open-test-services.js';
import { canonicalHeadStatement, DomainError } from '../../core/index.js';
import { SqliteDatabase as Database } from '../../store/sqlite/sqlite-driver.js';
import { serverKeyOf, signRegistryHead } from './sign-registry-head.js';

const opened: TestServices[] = [];
async function aRegistry(example: 'empty' | 'london-1945') {
  const registry = await openTestServices(example);
  opened.push(registry);
  return registry;
}
afterEach(async () => {
  for (const registry of opened.splice(0)) await registry.cleanup();
});

describe('signing the registry head', () => {
  it('signs the head of the London 1945 registry with the server key, and stores it', async () => {
    const { services } = await aRegistry('london-1945');
    const { head, signed } = await signRegistryHead(services);
    expect(signed).toBe(true);
    const key = await services.store.heads.serverKey();
    expect(head).toMatchObject({ ...(await services.store.registry.head()), publicKey: key!.publicKey });
    expect(services.keyring.verify(key!.publicKey, canonicalHeadStatement(head!), head!.signature)).toBe(
      true,
    );
    expect(await services.store.heads.latest()).toEqual(head);
  });

  it('seals the server key’s private half under the master key', async () => {
    const { services, db } = await aRegistry('london-1945');
    const key = await serverKeyOf(services);
    const raw = new Database(db, { readonly: true });
    const stored = raw.prepare("select value from settings where key = 'server-key'").get() as {
      value: string;
    };
    raw.close();
    expect(JSON.parse(stored.value)).toEqual(key);
    expect(key.privateKeySealed).toMatch(/^v1:/);
    expect(await serverKeyOf(services)).toEqual(key);
  });

  it('skips signing while the head is unchanged, and signs again after a new cable', async () => {
    const { services } = await aRegistry('london-1945');
    const first = await signRegistryHead(services);
    expect(await signRegistryHead(services)).toEqual({ head: first.head, signed: false });
    expect(await services.store.heads.list(10)).toHaveLength(1);
  });

  it('signs nothing while the registry holds no cable', async () => {
    const { services } = await aRegistry('empty');
    expect(await signRegistryHead(services)).toEqual({ head: null, signed: false });
    expect(await services.store.heads.serverKey()).toBeNull();
  });

  it('keeps the first server key stored when two are made at once', async () => {
    const { services } = await aRegistry('empty');
    const [one, two] = [services.keyring.generate(), services.keyring.generate()];
    expect(await services.store.heads.claimServerKey(one)).toEqual(one);
    expect(await services.store.heads.claimServerKey(two)).toEqual(one);
  });

  it('refuses to sign a registry that no longer holds the head signed last', async () => {
    const { services, db } = await aRegistry('london-1945');
    const { head } = await signRegistryHead(services);
    const raw = new Database(db);
    raw.prepare('delete from cables where seq = ?').run(head!.seq);
    raw.close();
    const refusal = signRegistryHead(services);
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ code: 'registry-broken' });
    expect(await services.store.heads.list(10)).toEqual([head]);
  });
});

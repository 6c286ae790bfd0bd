import type { Cable } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';

export const EXPORT_FORMAT = 'plenipo-registry';
export const EXPORT_VERSION = 1;

/**
 * One line of a registry export. The export is the operator's lossless copy
 * (organisation, keys as sealed, and every cable verbatim), so an import
 * reproduces a registry that verifies; it is not a reader's export.
 */
export type ExportRecord =
  | { type: 'header'; format: typeof EXPORT_FORMAT; version: number; exportedAt: string; cables: number }
  | { type: 'setting'; key: string; value: string }
  | { type: 'post'; id: string; name: string; place: string; zone: string }
  | {
      type: 'person';
      id: string;
      name: string;
      title: string;
      postId: string;
      login: string;
      isAdmin: boolean;
      publicKey: string;
      privateKeySealed: string;
      passwordHash: string;
    }
  | { type: 'group'; id: string; name: string; description: string }
  | { type: 'membership'; group: string; person: string; from: string; until: string | null }
  | { type: 'series'; code: string; name: string; fromPost: string; toPost: string | null }
  | { type: 'conference'; id: string; name: string; place: string; startsOn: string; endsOn: string }
  | { type: 'cable'; cable: Cable };

/** Yields the whole registry as export records, organisation first, then cables in chain order. */
export async function* exportRegistry(
  services: Services,
  actor: string,
  onProgress: (exported: number, total: number) => void = () => {},
): AsyncGenerator<ExportRecord> {
  const { store } = services;
  const total = await store.registry.count();
  await recordAudit(services, actor, 'registry.export', null, { cables: total });
  yield {
    type: 'header',
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: services.now(),
    cables: total,
  };
  const scheme = await store.settings.get('classifications');
  if (scheme) yield { type: 'setting', key: 'classifications', value: scheme };
  for (const post of await store.directory.posts()) yield { type: 'post', ...post };
  for (const person of await store.directory.people()) {
    const login = await store.directory.personByLogin(person.login);
    const keys = await store.directory.keysOf(person.id);
    yield { type: 'person', ...person, ...keys!, passwordHash: login!.passwordHash };
  }
  for (const group of await store.directory.groups()) yield { type: 'group', ...group };
  for (const membership of await store.directory.memberships()) yield { type: 'membership', ...membership };
  for (const series of await store.directory.series()) yield { type: 'series', ...series };
  for (const conference of await store.directory.conferences()) yield { type: 'conference', ...conference };
  let exported = 0;
  for await (const batch of store.registry.scan(1000)) {
    for (const scanned of batch) {
      if (!scanned.cable) throw new Error(`cable ${scanned.number} is unreadable: run plenipo verify`);
      yield { type: 'cable', cable: scanned.cable };
    }
    exported += batch.length;
    onProgress(exported, total);
  }
}

import {
  applySetup,
  type Cable,
  DEFAULT_CLASSIFICATIONS,
  DomainError,
  emptyOrganisation,
  type OrganisationState,
  SetupPayloadSchema,
} from '../../core/index.js';
import type { Store } from '../../store/store.js';

// One state per store, extended by the entries registered since it was made (by any process).
const cache = new WeakMap<Store, OrganisationState>();

/**
 * The organisation and conferences as the chain's setup entries make them
 * (PRODUCT.md §Setup): the meaning every service reads, never the tables,
 * which are only its projection. Replays only the entries registered since
 * the last call. Shared: callers never change it.
 */
export async function organisationState(store: Store): Promise<OrganisationState> {
  const last = await store.registry.lastSetupSeq();
  const cached = cache.get(store);
  if (cached && cached.throughSeq === last) return cached;
  const base = cached && cached.throughSeq < last ? cached : emptyOrganisation(DEFAULT_CLASSIFICATIONS);
  const next = structuredClone(base);
  for (const entry of await store.registry.setupEntries(base.throughSeq)) applySetupEntry(next, entry);
  cache.set(store, next);
  return next;
}

/** Applies one registered setup entry; one that no longer applies means the registry was tampered with. */
export function applySetupEntry(state: OrganisationState, entry: Cable): void {
  const payload = SetupPayloadSchema.safeParse(entry.payload);
  if (!payload.success) {
    throw new DomainError(
      'registry-broken',
      `The setup entry ${entry.number} does not hold a valid setup payload.`,
    );
  }
  try {
    applySetup(state, payload.data.changes, { seq: entry.seq, at: entry.registeredAt, author: entry.author });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('registry-broken', `The setup entry ${entry.number} does not apply: ${reason}`);
  }
}

/** A conference's plan as the chain's setup entries set it, or null while it has none. */
export async function planOf(store: Store, conference: string) {
  return (await organisationState(store)).conferences[conference]?.plan ?? null;
}

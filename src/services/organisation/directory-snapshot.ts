import { type Membership, type OrganisationAt, organisationOverTime } from '../../core/index.js';
import type { Conference, Group, Person, Post, Series, Store } from '../../store/store.js';

/** The whole directory as one read, for the hot paths that consult it on every request. */
export interface DirectorySnapshot {
  version: string;
  people: Person[];
  groups: Group[];
  memberships: Membership[];
  posts: Post[];
  series: Series[];
  conferences: Conference[];
  personById: ReadonlyMap<string, Person>;
  /** A person's display name, or the id itself for someone unknown. */
  nameOf(id: string): string;
  /** The organisation as it stood at `at`, for the access rule. */
  at(at: string): OrganisationAt;
}

// One snapshot per store, shared by every Services value made from it (the scenario loader copies Services).
const cache = new WeakMap<Store, DirectorySnapshot>();

/**
 * The directory, reloaded only when its version has changed since the last
 * load: one small query per call instead of six table reads. The version is
 * stamped by every directory change, so another process's change is seen too.
 */
export async function directorySnapshot(store: Store): Promise<DirectorySnapshot> {
  const version = await store.directory.version();
  const cached = cache.get(store);
  if (cached?.version === version) return cached;
  const { directory } = store;
  const [people, groups, memberships, posts, series, conferences] = await Promise.all([
    directory.people(),
    directory.groups(),
    directory.memberships(),
    directory.posts(),
    directory.series(),
    directory.conferences(),
  ]);
  const personById = new Map(people.map((person) => [person.id, person]));
  const snapshot: DirectorySnapshot = {
    version,
    people,
    groups,
    memberships,
    posts,
    series,
    conferences,
    personById,
    nameOf: (id) => personById.get(id)?.name ?? id,
    at: organisationOverTime(
      people.map((person) => person.id),
      groups.map((group) => group.id),
      memberships,
    ),
  };
  cache.set(store, snapshot);
  return snapshot;
}

import {
  heldAt,
  isPersonActiveAt,
  type Membership,
  type OrganisationAt,
  type OrganisationState,
  organisationOverTime,
} from '../../core/index.js';
import type { Conference, Group, Person, Post, Series, Store } from '../../store/store.js';
import { organisationState } from './organisation-state.js';

/** The directory as the hot paths consult it on every request, made from the organisation state. */
export interface DirectorySnapshot {
  version: string;
  state: OrganisationState;
  /** Everyone who ever was, with their post and roles as they stand now. */
  people: Person[];
  groups: Group[];
  memberships: Membership[];
  posts: Post[];
  series: Series[];
  conferences: Conference[];
  personById: ReadonlyMap<string, Person>;
  /** The person a cipher alias names. */
  aliases: ReadonlyMap<string, string>;
  /** A person's display name, or the id itself for someone unknown. */
  nameOf(id: string): string;
  /** The post a person sat at, at `at`. */
  postOf(id: string, at: string): string | null;
  /** The classification a person was cleared for at `at`, or null for no one. */
  clearanceOf(id: string, at: string): string | null;
  /** The organisation as it stood at `at`, for the access rule: people who were active then, and their groups. */
  at(at: string): OrganisationAt;
}

const cache = new WeakMap<OrganisationState, DirectorySnapshot>();

/** The directory of the chain's current organisation state; made once per state. */
export async function directorySnapshot(store: Store): Promise<DirectorySnapshot> {
  const state = await organisationState(store);
  let snapshot = cache.get(state);
  if (!snapshot) {
    snapshot = snapshotOf(state);
    cache.set(state, snapshot);
  }
  return snapshot;
}

function snapshotOf(state: OrganisationState): DirectorySnapshot {
  const everyone = Object.values(state.people).sort((a, b) => a.id.localeCompare(b.id));
  const people: Person[] = everyone.map((person) => ({
    id: person.id,
    name: person.name,
    title: person.title,
    postId: person.posts.at(-1)!.value,
    login: person.id,
    isAdmin: person.endedAt === null && person.roles.includes('admin'),
  }));
  const personById = new Map(people.map((person) => [person.id, person]));
  const aliases = new Map(
    everyone.flatMap((person) => person.aliases.map((alias) => [alias, person.id] as const)),
  );
  const groups = Object.values(state.groups);
  const overTime = organisationOverTime(
    everyone.map((p) => p.id),
    groups.map((g) => g.id),
    state.memberships,
  );
  return {
    version: String(state.throughSeq),
    state,
    people,
    groups,
    memberships: state.memberships,
    posts: Object.values(state.posts),
    series: Object.values(state.series).filter((series) => series.closedAt === null),
    conferences: Object.values(state.conferences).map(({ plan: _plan, ...conference }) => conference),
    personById,
    aliases,
    nameOf: (id) => personById.get(id)?.name ?? id,
    postOf: (id, at) => {
      const person = state.people[id];
      return person ? heldAt(person.posts, at) : null;
    },
    clearanceOf: (id, at) => {
      const person = state.people[id];
      return person ? heldAt(person.clearances, at) : null;
    },
    at: (at) => {
      const org = overTime(at);
      const active = new Set(everyone.filter((person) => isPersonActiveAt(person, at)).map((p) => p.id));
      return { people: active, groups: org.groups, aliases };
    },
  };
}

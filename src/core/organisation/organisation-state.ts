import type { Membership } from '../access/organisation.js';
import type { ClassificationScheme } from '../cable/classification.js';
import type { ConferencePlan } from '../conference/conference.js';
import type { Role } from './setup-change.js';

export interface OrganisationPost {
  id: string;
  name: string;
  place: string;
  zone: string;
  closedAt: string | null;
}

export interface OrganisationSeries {
  code: string;
  name: string;
  fromPost: string;
  toPost: string | null;
  closedAt: string | null;
}

/** A value a person holds from an instant until the next one (a post, a clearance). */
export interface Held<T> {
  value: T;
  from: string;
}

/** A public key and the chain position of the entry that put it in force. */
export interface PinnedKey {
  publicKey: string;
  fromSeq: number;
}

export interface OrganisationPerson {
  id: string;
  name: string;
  title: string;
  /** Posts over time, oldest first: each held until the next begins. */
  posts: Held<string>[];
  /** Keys over time, oldest first: each signs from its entry until the next replaces it. */
  keys: PinnedKey[];
  roles: Role[];
  clearances: Held<string>[];
  /** Cipher names that address this person, e.g. "druzhkov". */
  aliases: string[];
  createdAt: string;
  endedAt: string | null;
}

export interface OrganisationGroup {
  id: string;
  name: string;
  description: string;
}

export interface OrganisationConference {
  id: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
  plan: ConferencePlan | null;
}

/**
 * The organisation and its conferences as the chain's setup entries make
 * them: the projection of every entry up to `throughSeq`. Plain data, so two
 * states compare as JSON and a state can be stored and compared again.
 */
export interface OrganisationState {
  throughSeq: number;
  posts: Record<string, OrganisationPost>;
  series: Record<string, OrganisationSeries>;
  people: Record<string, OrganisationPerson>;
  groups: Record<string, OrganisationGroup>;
  memberships: Membership[];
  classifications: ClassificationScheme;
  conferences: Record<string, OrganisationConference>;
}

/** The state before the first entry: nothing but the default classification scheme. */
export function emptyOrganisation(classifications: ClassificationScheme): OrganisationState {
  return {
    throughSeq: 0,
    posts: {},
    series: {},
    people: {},
    groups: {},
    memberships: [],
    classifications: [...classifications],
    conferences: {},
  };
}

const instant = (iso: string) => Date.parse(iso);

/** The value held at `at`: the last one that began at or before it, or null before the first. */
export function heldAt<T>(history: readonly Held<T>[], at: string): T | null {
  const when = instant(at);
  let held: T | null = null;
  for (const entry of history) if (instant(entry.from) <= when) held = entry.value;
  return held;
}

/** The key that signs a person's entries at chain position `seq`, or null if none was in force. */
export function keyInForce(person: OrganisationPerson, seq: number): string | null {
  let key: string | null = null;
  for (const pinned of person.keys) if (pinned.fromSeq < seq) key = pinned.publicKey;
  return key;
}

/** Whether the person exists at `at`: created at or before it and not ended. */
export function isPersonActiveAt(person: OrganisationPerson, at: string): boolean {
  const when = instant(at);
  return instant(person.createdAt) <= when && (person.endedAt === null || when < instant(person.endedAt));
}

export function hasRole(person: OrganisationPerson | undefined, role: Role): boolean {
  return person?.endedAt === null && person.roles.includes(role);
}

/** The person an id or a cipher alias names, or undefined. */
export function personNamed(state: OrganisationState, name: string): OrganisationPerson | undefined {
  return state.people[name] ?? Object.values(state.people).find((person) => person.aliases.includes(name));
}

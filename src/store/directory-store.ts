import type { Membership, OrganisationState } from '../core/index.js';

export interface Post {
  id: string;
  name: string;
  place: string;
  zone: string;
}
export interface Person {
  id: string;
  name: string;
  title: string;
  postId: string;
  login: string;
  isAdmin: boolean;
}
export interface PersonKeys {
  publicKey: string;
  privateKeySealed: string;
}
export interface Group {
  id: string;
  name: string;
  description: string;
}
export interface Series {
  code: string;
  name: string;
  fromPost: string;
  toPost: string | null;
}
export interface Conference {
  id: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
}

/** What is kept of a person beside the chain because it is secret: never chained, never exported in the clear. */
export interface PersonSecrets {
  passwordHash: string;
  privateKeySealed: string;
}

/** A person's row as the projection wrote it, for verify to compare with the chain. */
export interface ProjectedPerson extends Person {
  publicKey: string;
  roles: string;
  aliases: string;
  clearance: string;
  endedAt: string | null;
  createdAt: string;
}

/**
 * The organisation tables: a projection of the chain's setup entries, which
 * services read the meaning from (see organisation-state in services), kept
 * as tables for joins, foreign keys and people who open the file; plus the
 * secrets beside it.
 */
export interface DirectoryStore {
  /**
   * Writes the projection of `state` (each person's latest post and clearance)
   * in one transaction, with the secrets of people new to the tables.
   */
  project(state: OrganisationState, secrets: ReadonlyMap<string, PersonSecrets>): Promise<void>;
  setPassword(personId: string, passwordHash: string): Promise<void>;
  posts(): Promise<(Post & { closedAt: string | null })[]>;
  people(): Promise<Person[]>;
  projectedPeople(): Promise<ProjectedPerson[]>;
  groups(): Promise<Group[]>;
  memberships(): Promise<Membership[]>;
  series(): Promise<(Series & { closedAt: string | null })[]>;
  conferences(): Promise<Conference[]>;
  /** Each conference's plan as stored (JSON text). */
  plans(): Promise<{ conference: string; plan: string }[]>;
  personByLogin(login: string): Promise<(Person & { passwordHash: string }) | null>;
  keysOf(personId: string): Promise<PersonKeys | null>;
}

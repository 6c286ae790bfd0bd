/**
 * Who exists and who belongs where, as the access rule needs it. Group
 * membership changes over time (PRODUCT.md §Person, group, post), so a
 * membership carries its interval; a cable's readers are taken at the instant
 * it is registered.
 */
export interface Membership {
  group: string;
  person: string;
  /** ISO 8601, inclusive. */
  from: string;
  /** ISO 8601, exclusive; null while still a member. */
  until: string | null;
}

/** The organisation frozen at one instant: people and each group's members then. */
export interface OrganisationAt {
  people: ReadonlySet<string>;
  groups: ReadonlyMap<string, readonly string[]>;
}

/** Is the membership in force at `at`? ISO 8601 UTC strings compare as times. */
export function isMemberAt(membership: Membership, at: string): boolean {
  return membership.from <= at && (membership.until === null || at < membership.until);
}

/** Freezes people, groups and memberships at the instant `at`. */
export function organisationAt(
  people: Iterable<string>,
  groups: Iterable<string>,
  memberships: Iterable<Membership>,
  at: string,
): OrganisationAt {
  const members = new Map<string, string[]>();
  for (const group of groups) members.set(group, []);
  for (const membership of memberships) {
    if (isMemberAt(membership, at)) members.get(membership.group)?.push(membership.person);
  }
  return { people: new Set(people), groups: members };
}

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

/**
 * Is the membership in force at `at`? Compared as instants, not as strings:
 * `09:00:00Z`, `09:00:00.000Z` and `12:00:00+03:00` are one time, but they do not
 * sort as one. A time that is not ISO 8601 with a zone (or a bare date, read as
 * UTC) makes no one a member: deny by default.
 */
export function isMemberAt(membership: Membership, at: string): boolean {
  const instant = instantOf(at);
  return (
    instantOf(membership.from) <= instant &&
    (membership.until === null || instant < instantOf(membership.until))
  );
}

// Without a zone, Date.parse would read a date-time in the server's local time.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Milliseconds since the epoch, or NaN, which compares false with everything. */
function instantOf(iso: string): number {
  return ISO_INSTANT.test(iso) ? Date.parse(iso) : Number.NaN;
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

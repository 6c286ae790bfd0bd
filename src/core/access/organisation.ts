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
  /** Cipher aliases, each addressing one person ("druzhkov" → molotov). */
  aliases?: ReadonlyMap<string, string>;
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
  return organisationOverTime(people, groups, memberships)(at);
}

/**
 * The organisation at any instant, with the membership times parsed once: the
 * registration path freezes it for every cable, and parsing thousands of
 * membership dates each time cost more than the access rule itself.
 */
export function organisationOverTime(
  people: Iterable<string>,
  groups: Iterable<string>,
  memberships: Iterable<Membership>,
): (at: string) => OrganisationAt {
  const everyone: ReadonlySet<string> = new Set(people);
  const groupIds = [...groups];
  const spans = [...memberships].map((m) => ({
    group: m.group,
    person: m.person,
    from: instantOf(m.from),
    until: m.until === null ? Number.POSITIVE_INFINITY : instantOf(m.until),
  }));
  return (at) => {
    const instant = instantOf(at);
    const members = new Map<string, string[]>();
    for (const group of groupIds) members.set(group, []);
    // NaN (a malformed time) compares false with everything: no one is a member then.
    for (const span of spans) {
      if (span.from <= instant && instant < span.until) members.get(span.group)?.push(span.person);
    }
    return { people: everyone, groups: members };
  };
}

import { MAX_SETUP_CHANGES } from '../../src/core/index.js';
import { hashPassword } from '../../src/services/accounts/authenticate.js';
import { applySetupDocument } from '../../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../../src/services/organisation/authority.js';
import type { Services } from '../../src/services/services.js';
import { CLASSIFICATIONS } from './cable-drafts.js';
import type { BenchOrganisation } from './organisation.js';

/** Every generated person's password. */
export const GENERATED_PASSWORD = 'bench';

/** Before anyone joins a group or writes a cable in the generated registry. */
const SET_UP_AT = '2023-11-01T00:00:00.000Z';

/**
 * Writes the organisation through the setup service, as an administrator's
 * setup files would: people, posts and series in one setup entry, then the
 * groups and their memberships over time in as many entries as the bound on
 * one entry's changes needs. One thing differs: every person shares one
 * argon2 hash of the bench password, computed once, since 2,000 hashes would
 * take minutes and measure nothing. Returns each person's sealed private key,
 * for signing.
 */
export async function writeOrganisation(
  services: Services,
  organisation: BenchOrganisation,
): Promise<Record<string, string>> {
  const passwordHash = await hashPassword(GENERATED_PASSWORD);
  const setUp = { ...services, now: () => SET_UP_AT };
  await applySetupDocument(
    setUp,
    OPERATOR,
    {
      classifications: [...CLASSIFICATIONS],
      posts: organisation.posts,
      series: organisation.series.map(({ toPost, ...series }) => ({
        ...series,
        ...(toPost ? { toPost } : {}),
      })),
      people: organisation.people.map((person) => ({
        id: person.id,
        name: person.name,
        title: person.title,
        post: person.postId,
        roles: person.id === 'p0000' ? ['admin'] : [],
      })),
      conferences: organisation.conferences,
    },
    { passwordHashes: new Map(organisation.people.map((person) => [person.id, passwordHash])) },
  );
  for (const groups of groupsInEntries(organisation)) await applySetupDocument(setUp, OPERATOR, { groups });
  const sealedKeys: Record<string, string> = {};
  for (const person of organisation.people) {
    sealedKeys[person.id] = (await services.store.directory.keysOf(person.id))!.privateKeySealed;
  }
  return sealedKeys;
}

type GroupDocument = {
  id: string;
  name: string;
  description?: string;
  members: { person: string; from: string; until?: string }[];
};

/** The groups with their memberships, cut into documents of at most MAX_SETUP_CHANGES changes each. */
function groupsInEntries(organisation: BenchOrganisation): GroupDocument[][] {
  const entries: GroupDocument[][] = [[]];
  let changes = 0;
  for (const group of organisation.groups) {
    const members = organisation.memberships
      .filter((m) => m.group === group.id)
      .map((m) => ({ person: m.person, from: m.from, ...(m.until ? { until: m.until } : {}) }));
    // A group's creation, and a start and perhaps an end for each membership.
    const made = 1 + members.length + members.filter((m) => m.until).length;
    if (changes + made > MAX_SETUP_CHANGES) {
      entries.push([]);
      changes = 0;
    }
    entries.at(-1)!.push({ ...group, members });
    changes += made;
  }
  return entries;
}

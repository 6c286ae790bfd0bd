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
 * Writes the organisation through the setup service, as one setup entry an
 * administrator's setup file would make, except for one thing: every person
 * shares one argon2 hash of the bench password, computed once, since 2,000
 * hashes would take minutes and measure nothing. Returns each person's sealed
 * private key, for signing.
 */
export async function writeOrganisation(
  services: Services,
  organisation: BenchOrganisation,
): Promise<Record<string, string>> {
  const passwordHash = await hashPassword(GENERATED_PASSWORD);
  await applySetupDocument(
    { ...services, now: () => SET_UP_AT },
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
      groups: organisation.groups.map((group) => ({
        ...group,
        members: organisation.memberships
          .filter((m) => m.group === group.id)
          .map((m) => ({ person: m.person, from: m.from, ...(m.until ? { until: m.until } : {}) })),
      })),
      conferences: organisation.conferences,
    },
    { passwordHashes: new Map(organisation.people.map((person) => [person.id, passwordHash])) },
  );
  const sealedKeys: Record<string, string> = {};
  for (const person of organisation.people) {
    sealedKeys[person.id] = (await services.store.directory.keysOf(person.id))!.privateKeySealed;
  }
  return sealedKeys;
}

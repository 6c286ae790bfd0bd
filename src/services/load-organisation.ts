import { type OrganisationAt, organisationAt } from '../core/index.js';
import type { Store } from '../store/store.js';

/** The organisation as it stood at `at`: people, groups, and each group's members then. */
export async function loadOrganisationAt(store: Store, at: string): Promise<OrganisationAt> {
  const [people, groups, memberships] = await Promise.all([
    store.directory.people(),
    store.directory.groups(),
    store.directory.memberships(),
  ]);
  return organisationAt(
    people.map((person) => person.id),
    groups.map((group) => group.id),
    memberships,
    at,
  );
}

import { hashPassword } from '../../src/services/accounts/authenticate.js';
import { recordAudit } from '../../src/services/integrity/record-audit.js';
import { setClassificationScheme } from '../../src/services/organisation/classification-scheme.js';
import {
  addConference,
  addGroup,
  addMembership,
  addPost,
  addSeries,
} from '../../src/services/organisation/manage-organisation.js';
import type { Services } from '../../src/services/services.js';
import { CLASSIFICATIONS } from './cable-drafts.js';
import type { BenchOrganisation } from './organisation.js';

/** Every generated person's password. */
export const GENERATED_PASSWORD = 'bench';

/**
 * Writes the organisation through the services, as an administrator would set
 * it up, except for one thing: people are added as addPerson adds them (a new
 * key pair, sealed; an audit entry) but with one argon2 hash of the shared
 * bench password computed once, since 2,000 hashes would take minutes and
 * measure nothing. Returns each person's sealed private key, for signing.
 */
export async function writeOrganisation(
  services: Services,
  organisation: BenchOrganisation,
): Promise<Record<string, string>> {
  await setClassificationScheme(services.store, CLASSIFICATIONS);
  for (const post of organisation.posts) await addPost(services, post);
  for (const series of organisation.series) await addSeries(services, series);
  for (const conference of organisation.conferences) await addConference(services, conference);
  const passwordHash = await hashPassword(GENERATED_PASSWORD);
  const sealedKeys: Record<string, string> = {};
  for (const person of organisation.people) {
    const keys = services.keyring.generate();
    await services.store.directory.addPerson(
      { ...person, login: person.id, isAdmin: person.id === 'p0000' },
      { ...keys, passwordHash },
      services.now(),
    );
    await recordAudit(services, null, 'person.create', person.id);
    sealedKeys[person.id] = keys.privateKeySealed;
  }
  for (const group of organisation.groups) await addGroup(services, null, group);
  for (const membership of organisation.memberships) await addMembership(services, null, membership);
  return sealedKeys;
}

import { invalidInput, type Membership } from '../../core/index.js';
import type { Conference, Group, Person, Post, Series } from '../../store/store.js';
import { hashPassword } from '../accounts/authenticate.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';

/**
 * Setting up the organisation: posts, people (each given an Ed25519 key pair,
 * sealed), groups and memberships, series and conferences. People and groups
 * share one namespace of ids, since addressees are written as bare ids.
 */
export async function addPost(services: Services, post: Post): Promise<void> {
  await services.store.directory.addPost(post);
}

export async function addPerson(
  services: Services,
  actor: string | null,
  person: Omit<Person, 'login'> & { login?: string },
  password: string,
): Promise<void> {
  await refuseTakenId(services, person.id);
  const keys = services.keyring.generate();
  await services.store.directory.addPerson(
    { ...person, login: person.login ?? person.id },
    { ...keys, passwordHash: await hashPassword(password) },
    services.now(),
  );
  await recordAudit(services, actor, 'person.create', person.id);
}

export async function addGroup(services: Services, actor: string | null, group: Group): Promise<void> {
  await refuseTakenId(services, group.id);
  await services.store.directory.addGroup(group);
  await recordAudit(services, actor, 'group.create', group.id);
}

export async function addMembership(
  services: Services,
  actor: string | null,
  membership: Membership,
): Promise<void> {
  await services.store.directory.addMembership(membership);
  await recordAudit(services, actor, 'membership.create', membership.group, { ...membership });
}

export async function addSeries(services: Services, series: Series): Promise<void> {
  await services.store.directory.addSeries(series);
}

export async function addConference(services: Services, conference: Conference): Promise<void> {
  await services.store.directory.addConference(conference);
}

async function refuseTakenId(services: Services, id: string): Promise<void> {
  const [person, groups] = await Promise.all([
    services.store.directory.personById(id),
    services.store.directory.groups(),
  ]);
  if (person || groups.some((group) => group.id === id))
    throw invalidInput('id', `'${id}' is already a person or group`);
}

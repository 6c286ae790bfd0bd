import { z } from 'zod';
import {
  cleanText,
  DomainError,
  invalidInput,
  isMemberAt,
  type Membership,
  notFound,
  PARTICIPANT_ID,
} from '../../core/index.js';
import type { Group, Person } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { type Authority, requireAdmin } from './authority.js';
import { directorySnapshot } from './directory-snapshot.js';
import { addGroup, addMembership, addPerson } from './manage-organisation.js';

/**
 * The registry clerk's work on the organisation, on an administrator's or the
 * operator's authority: people, groups, and memberships that begin or end now.
 * Each change is audited with the administrator as its actor. A membership is
 * never deleted, only ended, so who could read what at any past instant stays
 * answerable (PRODUCT.md §Person, group, post).
 */

export const NewPersonSchema = z.strictObject({
  id: PARTICIPANT_ID,
  name: cleanText(120).pipe(z.string().trim().min(1, 'a person needs a name')),
  title: cleanText(200).pipe(z.string().trim()).default(''),
  postId: PARTICIPANT_ID,
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  isAdmin: z.boolean().default(false),
});

export const NewGroupSchema = z.strictObject({
  id: PARTICIPANT_ID,
  name: cleanText(120).pipe(z.string().trim().min(1, 'a group needs a name')),
  description: cleanText(500).pipe(z.string().trim()).default(''),
});

export const NewMemberSchema = z.strictObject({ person: PARTICIPANT_ID });

/** Adds a person (login = id) with a new key pair; an id or login already taken is a conflict. */
export async function createPerson(
  services: Services,
  authority: Authority,
  input: unknown,
): Promise<Person> {
  const actor = await requireAdmin(services, authority);
  const { password, ...fields } = parseInput(NewPersonSchema, input);
  const directory = await directorySnapshot(services.store);
  if (!directory.posts.some((post) => post.id === fields.postId)) {
    throw invalidInput('postId', `no post is called '${fields.postId}'`);
  }
  await refuseTakenId(services, fields.id);
  const person: Person = { ...fields, login: fields.id };
  await addPerson(services, actor, person, password);
  return person;
}

export async function createGroup(services: Services, authority: Authority, input: unknown): Promise<Group> {
  const actor = await requireAdmin(services, authority);
  const group = parseInput(NewGroupSchema, input);
  await refuseTakenId(services, group.id);
  await addGroup(services, actor, group);
  return group;
}

/** Makes a person a member of a group from now on. */
export async function addMember(
  services: Services,
  authority: Authority,
  groupId: string,
  input: unknown,
): Promise<Membership> {
  const actor = await requireAdmin(services, authority);
  const { person } = parseInput(NewMemberSchema, input);
  const directory = await directorySnapshot(services.store);
  if (!directory.groups.some((group) => group.id === groupId)) throw notFound('group');
  if (!directory.personById.has(person)) throw invalidInput('person', `no person is called '${person}'`);
  const now = services.now();
  if (currentMembership(directory.memberships, groupId, person, now)) {
    throw new DomainError('conflict', `person: '${person}' is already a member of '${groupId}'`, 'person');
  }
  const membership: Membership = { group: groupId, person, from: now, until: null };
  await addMembership(services, actor, membership);
  return membership;
}

/** Ends a person's current membership of a group now; cables registered before keep their readers. */
export async function endMember(
  services: Services,
  authority: Authority,
  groupId: string,
  personId: string,
): Promise<Membership> {
  const actor = await requireAdmin(services, authority);
  const directory = await directorySnapshot(services.store);
  if (!directory.groups.some((group) => group.id === groupId)) throw notFound('group');
  const now = services.now();
  const membership = currentMembership(directory.memberships, groupId, personId, now);
  if (!membership) throw notFound('current membership of that person in that group');
  await services.store.directory.endMembership(membership, now);
  const ended = { ...membership, until: now };
  await recordAudit(services, actor, 'membership.end', groupId, { ...ended });
  return ended;
}

/** Everyone, with the groups they belong to now. */
export async function listPeople(services: Services, authority: Authority) {
  await requireAdmin(services, authority);
  const directory = await directorySnapshot(services.store);
  const now = services.now();
  return directory.people.map((person) => ({
    ...person,
    groups: directory.memberships
      .filter((m) => m.person === person.id && isMemberAt(m, now))
      .map((m) => m.group),
  }));
}

function currentMembership(memberships: readonly Membership[], group: string, person: string, at: string) {
  return memberships.find((m) => m.group === group && m.person === person && isMemberAt(m, at)) ?? null;
}

/** People and groups share one namespace of ids (addressees are bare ids), and a person's login is their id. */
async function refuseTakenId(services: Services, id: string): Promise<void> {
  const { directory } = services.store;
  const [person, holder, groups] = await Promise.all([
    directory.personById(id),
    directory.personByLogin(id),
    directory.groups(),
  ]);
  if (person || holder || groups.some((group) => group.id === id)) {
    throw new DomainError('conflict', `id: '${id}' is already a person, a login or a group`, 'id');
  }
}

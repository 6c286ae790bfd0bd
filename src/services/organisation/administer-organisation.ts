import { z } from 'zod';
import {
  cleanText,
  DomainError,
  isMemberAt,
  type Membership,
  notFound,
  PARTICIPANT_ID,
  REGISTRY_PRINCIPAL,
  ROLES,
} from '../../core/index.js';
import type { Person } from '../../store/store.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { type Authority, requireAdmin } from './authority.js';
import { directorySnapshot } from './directory-snapshot.js';
import { recordSetup } from './record-setup.js';

/**
 * The registry clerk's everyday work, each a setup entry of its own: people,
 * groups, and memberships that begin or end now. A membership is never
 * deleted, only ended, so who could read what at any past instant stays
 * answerable (PRODUCT.md §Person, group, post).
 */

export const NewPersonSchema = z.strictObject({
  id: PARTICIPANT_ID,
  name: cleanText(120).pipe(z.string().trim().min(1, 'a person needs a name')),
  title: cleanText(200).pipe(z.string().trim()).default(''),
  postId: PARTICIPANT_ID.optional().meta({
    description: 'The post the person sits at; an administrator may be left at the registry’s own post',
  }),
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  isAdmin: z.boolean().default(false),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
  clearance: z.string().min(1).max(40).optional(),
});

export const NewGroupSchema = z.strictObject({
  id: PARTICIPANT_ID,
  name: cleanText(120).pipe(z.string().trim().min(1, 'a group needs a name')),
  description: cleanText(500).pipe(z.string().trim()).default(''),
});

export const NewMemberSchema = z.strictObject({ person: PARTICIPANT_ID });

/** Errors of a one-change entry name the request's own fields. */
const bare = { fieldOf: (_index: number, field: string) => field };

/** Adds a person (login = id) with a new key pair; on an empty registry, the console's first administrator. */
export async function createPerson(
  services: Services,
  authority: Authority,
  input: unknown,
): Promise<Person> {
  const { password, postId, isAdmin, roles, ...fields } = parseInput(NewPersonSchema, input);
  const allRoles = [...new Set([...(roles ?? []), ...(isAdmin ? (['admin'] as const) : [])])];
  if (!postId && !allRoles.includes('admin')) throw invalidPost();
  await recordSetup(
    services,
    authority,
    [{ op: 'person.create', ...fields, post: postId ?? REGISTRY_PRINCIPAL, roles: allRoles }],
    {
      passwords: new Map([[fields.id, password]]),
      fieldOf: (_i, field) => (field === 'post' ? 'postId' : field),
    },
  );
  const person = (await directorySnapshot(services.store)).personById.get(fields.id)!;
  return person;
}

function invalidPost(): DomainError {
  return new DomainError(
    'invalid-input',
    'postId: a person who is not an administrator needs a post',
    'postId',
  );
}

export async function createGroup(services: Services, authority: Authority, input: unknown) {
  const group = parseInput(NewGroupSchema, input);
  await recordSetup(services, authority, [{ op: 'group.create', ...group }], bare);
  return group;
}

/** Makes a person a member of a group from now on. */
export async function addMember(
  services: Services,
  authority: Authority,
  groupId: string,
  input: unknown,
): Promise<Membership> {
  const { person } = parseInput(NewMemberSchema, input);
  if (!(await directorySnapshot(services.store)).groups.some((group) => group.id === groupId)) {
    await requireAdmin(services, authority);
    throw notFound('group');
  }
  const { changes } = await recordSetup(
    services,
    authority,
    [{ op: 'membership.start', group: groupId, person }],
    bare,
  );
  const change = changes[0] as { from: string };
  return { group: groupId, person, from: change.from, until: null };
}

/** Ends a person's current membership of a group now; cables registered before keep their readers. */
export async function endMember(
  services: Services,
  authority: Authority,
  groupId: string,
  personId: string,
): Promise<Membership> {
  await requireAdmin(services, authority);
  const directory = await directorySnapshot(services.store);
  const now = services.now();
  const current = directory.memberships.find(
    (m) => m.group === groupId && m.person === personId && isMemberAt(m, now),
  );
  if (!current) throw notFound('current membership of that person in that group');
  const { changes } = await recordSetup(
    services,
    authority,
    [{ op: 'membership.end', group: groupId, person: personId }],
    bare,
  );
  return { ...current, until: (changes[0] as { until: string }).until };
}

/** Everyone, with the groups they belong to now. */
export async function listPeople(services: Services, authority: Authority) {
  await requireAdmin(services, authority);
  const directory = await directorySnapshot(services.store);
  const now = services.now();
  return directory.people
    .filter((person) => person.id !== REGISTRY_PRINCIPAL)
    .map((person) => ({
      ...person,
      roles: directory.state.people[person.id]!.roles,
      groups: directory.memberships
        .filter((m) => m.person === person.id && isMemberAt(m, now))
        .map((m) => m.group),
    }));
}

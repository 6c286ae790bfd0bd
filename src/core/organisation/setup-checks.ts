import { DomainError, invalidInput } from '../errors.js';
import { hasRole, type OrganisationPerson, type OrganisationState } from './organisation-state.js';

/** The checks every setup change shares: what must exist, what must be free, what may only move forward. */

const instant = (iso: string) => Date.parse(iso);

export function conflict(field: string, message: string): DomainError {
  return new DomainError('conflict', `${field}: ${message}`, field);
}

export function openPost(state: OrganisationState, id: string, field: string) {
  const post = state.posts[id];
  if (!post) throw invalidInput(field, `no post is called '${id}'`);
  if (post.closedAt !== null) throw invalidInput(field, `the post '${id}' is closed`);
  return post;
}

export function activePerson(state: OrganisationState, id: string, field: string): OrganisationPerson {
  const person = state.people[id];
  if (!person || person.endedAt !== null) throw invalidInput(field, `no person is called '${id}'`);
  return person;
}

/** People, groups and aliases share one namespace: an addressee is a bare name. */
export function refuseTakenName(state: OrganisationState, name: string, field: string): void {
  const taken =
    state.people[name] ||
    state.groups[name] ||
    Object.values(state.people).some((p) => p.aliases.includes(name));
  if (taken)
    throw new DomainError('conflict', `${field}: '${name}' is already a person, a group or an alias`, field);
}

export function refuseUnknownLevel(state: OrganisationState, level: string, field: string): void {
  if (!state.classifications.includes(level))
    throw invalidInput(
      field,
      `'${level}' is not in the classification scheme (${state.classifications.join(', ')})`,
    );
}

/** A history only grows forward: a change dated before the last one would rewrite what already held. */
export function refuseBeforeLast(
  history: readonly { from: string }[],
  from: string,
  field: string,
  what: string,
): void {
  const last = history.at(-1);
  if (last && instant(from) <= instant(last.from))
    throw invalidInput(field, `must be after the last change of ${what} (${last.from})`);
}

export function anotherAdmin(state: OrganisationState, except: string): boolean {
  return Object.values(state.people).some((person) => person.id !== except && hasRole(person, 'admin'));
}

export function withoutOp<T extends { op: string }>(change: T): Omit<T, 'op'> {
  const { op: _op, ...rest } = change;
  return rest;
}

export function definedOf<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

import { checkClassificationScheme } from '../cable/classification.js';
import { DomainError, invalidInput } from '../errors.js';
import { checkPlan } from './check-plan.js';
import { hasRole, heldAt, type OrganisationState } from './organisation-state.js';
import { isConferenceChange, REGISTRY_PRINCIPAL, type SetupChange } from './setup-change.js';
import {
  activePerson,
  anotherAdmin,
  conflict,
  definedOf,
  openPost,
  refuseBeforeLast,
  refuseTakenName,
  refuseUnknownLevel,
  withoutOp,
} from './setup-checks.js';

/** Where a setup entry sits: its chain position, its registration time and who signed it. */
export interface SetupEntryContext {
  seq: number;
  at: string;
  author: string;
  /** How a change's field is named in errors; by default `changes[i].field`. */
  fieldOf?: (index: number, field: string) => string;
}

const instant = (iso: string) => Date.parse(iso);

/**
 * Applies one setup entry's changes to `state`, in place, all or none: the
 * caller passes a copy when the entry may be refused. Throws `invalid-input`
 * naming the change and field that would break the registry's meaning (an id
 * taken twice, a person in two posts at once, a plan naming an unknown party,
 * a membership that ends before it starts), or `forbidden` when the author may
 * not make the change.
 */
export function applySetup(
  state: OrganisationState,
  changes: readonly SetupChange[],
  entry: SetupEntryContext,
): void {
  const fieldOf = entry.fieldOf ?? ((index: number, field: string) => `changes[${index}].${field}`);
  authorize(state, changes, entry);
  changes.forEach((change, index) => {
    applyChange(state, change, entry, (field) => fieldOf(index, field));
  });
  state.throughSeq = entry.seq;
}

/**
 * Only an administrator changes the organisation, and the secretariat too
 * for conferences. The very first entry of a registry is the registry's own:
 * signed by the server key, it creates the registry principal itself.
 */
function authorize(
  state: OrganisationState,
  changes: readonly SetupChange[],
  entry: SetupEntryContext,
): void {
  if (Object.keys(state.people).length === 0) {
    const createsRegistry = changes.some((c) => c.op === 'person.create' && c.id === REGISTRY_PRINCIPAL);
    if (entry.author !== REGISTRY_PRINCIPAL || !createsRegistry) {
      throw new DomainError(
        'forbidden',
        'The first setup entry must be the registry’s own, creating the registry principal.',
      );
    }
    return;
  }
  if (entry.author === REGISTRY_PRINCIPAL) return;
  const author = state.people[entry.author];
  if (hasRole(author, 'admin')) return;
  if (hasRole(author, 'secretariat') && changes.every(isConferenceChange)) return;
  throw new DomainError(
    'forbidden',
    changes.every(isConferenceChange)
      ? 'Only an administrator or the conference secretariat may change conferences and their plans.'
      : 'Only an administrator (the registry clerk) may change the organisation.',
  );
}

function applyChange(
  state: OrganisationState,
  change: SetupChange,
  entry: SetupEntryContext,
  field: (name: string) => string,
): void {
  switch (change.op) {
    case 'post.create':
      if (state.posts[change.id]) throw invalidInput(field('id'), `a post '${change.id}' already exists`);
      state.posts[change.id] = {
        id: change.id,
        name: change.name,
        place: change.place,
        zone: change.zone,
        closedAt: null,
      };
      return;
    case 'post.change': {
      const post = state.posts[change.id];
      if (!post) throw invalidInput(field('id'), `no post is called '${change.id}'`);
      Object.assign(post, definedOf({ name: change.name, place: change.place, zone: change.zone }));
      return;
    }
    case 'post.close': {
      const post = openPost(state, change.id, field('id'));
      post.closedAt = change.at;
      return;
    }
    case 'series.create':
      if (state.series[change.code])
        throw invalidInput(field('code'), `the series code '${change.code}' is already in use`);
      openPost(state, change.fromPost, field('fromPost'));
      if (change.toPost !== null) openPost(state, change.toPost, field('toPost'));
      state.series[change.code] = { ...withoutOp(change), closedAt: null };
      return;
    case 'series.close': {
      const series = state.series[change.code];
      if (!series || series.closedAt !== null)
        throw invalidInput(field('code'), `no open series '${change.code}'`);
      series.closedAt = change.at;
      return;
    }
    case 'person.create':
      refuseTakenName(state, change.id, field('id'));
      openPost(state, change.post, field('post'));
      refuseUnknownLevel(state, change.clearance, field('clearance'));
      state.people[change.id] = {
        id: change.id,
        name: change.name,
        title: change.title,
        posts: [{ value: change.post, from: change.at }],
        keys: [{ publicKey: change.publicKey, fromSeq: entry.seq - 1 }],
        roles: [...new Set(change.roles)].sort(),
        clearances: [{ value: change.clearance, from: change.at }],
        aliases: [],
        createdAt: change.at,
        endedAt: null,
      };
      return;
    case 'person.change':
      Object.assign(
        activePerson(state, change.id, field('id')),
        definedOf({ name: change.name, title: change.title }),
      );
      return;
    case 'person.move': {
      const person = activePerson(state, change.id, field('id'));
      openPost(state, change.post, field('post'));
      refuseBeforeLast(person.posts, change.from, field('from'), 'post');
      if (heldAt(person.posts, change.from) === change.post)
        throw invalidInput(field('post'), `'${change.id}' already sits at '${change.post}' then`);
      person.posts.push({ value: change.post, from: change.from });
      return;
    }
    case 'person.key':
      // A key replaced takes effect for entries after this one; every earlier signature keeps its key.
      activePerson(state, change.id, field('id')).keys.push({
        publicKey: change.publicKey,
        fromSeq: entry.seq,
      });
      return;
    case 'person.roles': {
      const person = activePerson(state, change.id, field('id'));
      person.roles = [...new Set(change.roles)].sort();
      if (change.id === entry.author && !person.roles.includes('admin') && !anotherAdmin(state, change.id))
        throw invalidInput(field('roles'), 'the last administrator cannot give up the role');
      return;
    }
    case 'person.clearance': {
      const person = activePerson(state, change.id, field('id'));
      refuseUnknownLevel(state, change.level, field('level'));
      refuseBeforeLast(person.clearances, change.from, field('from'), 'clearance');
      person.clearances.push({ value: change.level, from: change.from });
      return;
    }
    case 'person.alias':
      refuseTakenName(state, change.alias, field('alias'));
      activePerson(state, change.id, field('id')).aliases.push(change.alias);
      return;
    case 'person.end': {
      const person = activePerson(state, change.id, field('id'));
      if (instant(change.at) < instant(person.createdAt))
        throw invalidInput(field('at'), 'a person cannot leave before they were created');
      person.endedAt = change.at;
      for (const membership of state.memberships)
        if (membership.person === change.id && membership.until === null) membership.until = change.at;
      return;
    }
    case 'group.create':
      refuseTakenName(state, change.id, field('id'));
      state.groups[change.id] = withoutOp(change);
      return;
    case 'group.change': {
      const group = state.groups[change.id];
      if (!group) throw invalidInput(field('id'), `no group is called '${change.id}'`);
      Object.assign(group, definedOf({ name: change.name, description: change.description }));
      return;
    }
    case 'membership.start': {
      if (!state.groups[change.group])
        throw invalidInput(field('group'), `no group is called '${change.group}'`);
      activePerson(state, change.person, field('person'));
      const overlapping = state.memberships.find(
        (m) =>
          m.group === change.group &&
          m.person === change.person &&
          (m.until === null || instant(change.from) < instant(m.until)),
      );
      if (overlapping)
        throw conflict(
          field('person'),
          `'${change.person}' is already a member of '${change.group}' from ${overlapping.from}`,
        );
      state.memberships.push({ group: change.group, person: change.person, from: change.from, until: null });
      return;
    }
    case 'membership.end': {
      const current = state.memberships.find(
        (m) => m.group === change.group && m.person === change.person && m.until === null,
      );
      if (!current)
        throw invalidInput(field('person'), `'${change.person}' is not a member of '${change.group}'`);
      if (instant(change.until) <= instant(current.from))
        throw invalidInput(field('until'), `a membership cannot end before it starts (${current.from})`);
      current.until = change.until;
      return;
    }
    case 'classification.set': {
      const levels = checkClassificationScheme(change.levels);
      const registry = state.people[REGISTRY_PRINCIPAL];
      // The registry principal signs setup entries only; it holds whatever is highest in the scheme.
      if (registry) registry.clearances = [{ value: levels.at(-1)!, from: registry.createdAt }];
      for (const person of Object.values(state.people))
        for (const held of person.clearances)
          if (!levels.includes(held.value))
            throw invalidInput(
              field('levels'),
              `'${held.value}' is a clearance ${person.id} holds and must stay`,
            );
      state.classifications = [...levels];
      return;
    }
    case 'conference.create':
      if (state.conferences[change.id])
        throw invalidInput(field('id'), `a conference '${change.id}' already exists`);
      if (instant(change.endsOn) < instant(change.startsOn))
        throw invalidInput(field('endsOn'), 'must not be before startsOn');
      state.conferences[change.id] = { ...withoutOp(change), plan: null };
      return;
    case 'conference.change': {
      const conference = state.conferences[change.id];
      if (!conference) throw invalidInput(field('id'), `no conference is called '${change.id}'`);
      const changed = { ...conference, ...definedOf(withoutOp(change)) };
      if (instant(changed.endsOn) < instant(changed.startsOn))
        throw invalidInput(field('endsOn'), 'must not be before startsOn');
      state.conferences[change.id] = changed;
      return;
    }
    case 'conference.plan': {
      const conference = state.conferences[change.id];
      if (!conference) throw invalidInput(field('id'), `no conference is called '${change.id}'`);
      checkPlan(
        change.plan,
        (id) => state.people[id]?.endedAt === null,
        (name) => field(`plan.${name}`),
      );
      conference.plan = change.plan;
      return;
    }
  }
}

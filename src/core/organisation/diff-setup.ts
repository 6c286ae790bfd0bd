import { heldAt, type OrganisationState } from './organisation-state.js';
import type { SetupDocument } from './setup-document.js';

/** A change a document asks for, before the registry fills in keys and times, with where in the document it comes from. */
export interface PlannedChange {
  change: { op: string } & Record<string, unknown>;
  source: (string | number)[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const instant = (iso: string) => Date.parse(iso);

/**
 * The changes that make `state` hold what `document` says, in an order that
 * applies (scheme, posts, series, people, groups, memberships, conferences,
 * plans); none when it already holds, so applying a document twice changes
 * nothing the second time. Memberships the document no longer lists end `now`.
 */
export function diffSetup(state: OrganisationState, document: SetupDocument, now: string): PlannedChange[] {
  const out: PlannedChange[] = [];
  const add = (source: (string | number)[], change: PlannedChange['change']) => out.push({ change, source });
  if (document.classifications && !same(document.classifications, state.classifications))
    add(['classifications'], { op: 'classification.set', levels: document.classifications });
  document.posts.forEach((post, i) => {
    const held = state.posts[post.id];
    if (!held) add(['posts', i], { op: 'post.create', ...post });
    else if (held.name !== post.name || held.place !== post.place || held.zone !== post.zone)
      add(['posts', i], { op: 'post.change', ...post });
  });
  document.series.forEach((series, i) => {
    if (!state.series[series.code])
      add(['series', i], { op: 'series.create', ...series, toPost: series.toPost ?? null });
  });
  document.people.forEach((person, i) => {
    diffPerson(state, person, ['people', i], now, add);
  });
  document.groups.forEach((group, i) => {
    const held = state.groups[group.id];
    if (!held)
      add(['groups', i], {
        op: 'group.create',
        id: group.id,
        name: group.name,
        description: group.description,
      });
    else if (held.name !== group.name || held.description !== group.description)
      add(['groups', i], {
        op: 'group.change',
        id: group.id,
        name: group.name,
        description: group.description,
      });
  });
  document.groups.forEach((group, i) => {
    diffMembers(state, group, ['groups', i], now, add);
  });
  document.conferences.forEach((conference, i) => {
    const { plan, ...fields } = conference;
    const held = state.conferences[conference.id];
    if (!held) add(['conferences', i], { op: 'conference.create', ...fields });
    else if (!same({ ...held, plan: undefined }, { ...fields, plan: undefined }))
      add(['conferences', i], { op: 'conference.change', ...fields });
    if (plan && !same(plan, held?.plan ?? null))
      add(['conferences', i, 'plan'], { op: 'conference.plan', id: conference.id, plan });
  });
  return out;
}

function diffPerson(
  state: OrganisationState,
  person: SetupDocument['people'][number],
  source: (string | number)[],
  now: string,
  add: (source: (string | number)[], change: PlannedChange['change']) => void,
): void {
  const held = state.people[person.id];
  if (!held) {
    const created: PlannedChange['change'] = {
      op: 'person.create',
      id: person.id,
      name: person.name,
      title: person.title,
      post: person.post,
      roles: person.roles,
    };
    if (person.clearance) created.clearance = person.clearance;
    add(source, created);
  } else {
    if (held.name !== person.name || held.title !== person.title)
      add(source, { op: 'person.change', id: person.id, name: person.name, title: person.title });
    if (!same([...held.roles].sort(), [...new Set(person.roles)].sort()))
      add(source, { op: 'person.roles', id: person.id, roles: person.roles });
    if (person.clearance && heldAt(held.clearances, now) !== person.clearance)
      add(source, { op: 'person.clearance', id: person.id, level: person.clearance });
  }
  const posts = held?.posts ?? [];
  person.moves.forEach((move, j) => {
    if (!posts.some((p) => p.value === move.post && instant(p.from) === instant(move.from)))
      add([...source, 'moves', j], { op: 'person.move', id: person.id, post: move.post, from: move.from });
  });
  if (held && person.moves.length === 0 && heldAt(held.posts, now) !== person.post)
    add(source, { op: 'person.move', id: person.id, post: person.post });
  person.aliases.forEach((alias, j) => {
    if (!held?.aliases.includes(alias))
      add([...source, 'aliases', j], { op: 'person.alias', id: person.id, alias });
  });
}

function diffMembers(
  state: OrganisationState,
  group: SetupDocument['groups'][number],
  source: (string | number)[],
  now: string,
  add: (source: (string | number)[], change: PlannedChange['change']) => void,
): void {
  const held = state.memberships.filter((m) => m.group === group.id);
  const listed = new Set<(typeof held)[number]>();
  group.members.forEach((member, j) => {
    const at = [...source, 'members', j];
    const match = held.find(
      (m) =>
        m.person === member.person &&
        (member.from === undefined ? m.until === null : instant(m.from) === instant(member.from)),
    );
    if (match) {
      listed.add(match);
      if (member.until && match.until === null)
        add(at, { op: 'membership.end', group: group.id, person: member.person, until: member.until });
      return;
    }
    add(at, {
      op: 'membership.start',
      group: group.id,
      person: member.person,
      ...(member.from ? { from: member.from } : {}),
    });
    if (member.until)
      add(at, { op: 'membership.end', group: group.id, person: member.person, until: member.until });
  });
  for (const membership of held)
    if (membership.until === null && !listed.has(membership))
      add([...source, 'members'], {
        op: 'membership.end',
        group: group.id,
        person: membership.person,
        until: now,
      });
}

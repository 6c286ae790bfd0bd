import type { Membership } from '../../src/core/index.js';
import type { Conference, Group, Post, Series } from '../../src/store/store.js';
import { Random } from './random.js';
import { syllableWord } from './vocabulary.js';

/** When generated cables start, and how long they run (two years, whatever their number). */
export const FIRST_CABLE_AT = Date.parse('2024-01-01T00:00:00.000Z');
export const CABLE_SPAN_MS = 730 * 24 * 3600_000;
const JOINED_AT = '2023-12-01T00:00:00.000Z';

export const PEOPLE = 2000;
export const GROUPS = 100;

export interface BenchPerson {
  id: string;
  name: string;
  title: string;
  postId: string;
}

/** A generated organisation: everything the directory holds, as plain data. */
export interface BenchOrganisation {
  posts: Post[];
  series: Series[];
  conferences: Conference[];
  people: BenchPerson[];
  groups: Group[];
  /** Final state: memberships that ended carry their `until`. */
  memberships: Membership[];
  /** Per post, the cipher clerks who relay (`via`). */
  relays: Map<string, string[]>;
  /** The group on the info line of about half the cables, and its one permanent member. */
  chancery: { group: string; reader: string };
  /** The group on about a tenth of the cables, and its one permanent member. */
  registryDesk: { group: string; reader: string };
  /** Groups other than those two, most addressed first. */
  addressedGroups: string[];
}

const POSTS: [string, string, string][] = [
  ['centre', 'Moscow', 'Europe/Moscow'],
  ['london', 'London', 'Europe/London'],
  ['washington', 'Washington', 'America/New_York'],
  ['paris', 'Paris', 'Europe/Paris'],
  ['geneva', 'Geneva', 'Europe/Zurich'],
  ['newyork', 'New York', 'America/New_York'],
  ['vienna', 'Vienna', 'Europe/Vienna'],
  ['tokyo', 'Tokyo', 'Asia/Tokyo'],
];

const TITLES = [
  'Counsellor',
  'First Secretary',
  'Second Secretary',
  'Third Secretary',
  'Attaché',
  'Registrar',
];

/** The organisation for a seed: 2,000 people in eight posts, 100 groups whose members come and go. */
export function organisationOf(seed: number): BenchOrganisation {
  const random = new Random(seed, 3);
  const posts = POSTS.map(([id, place, zone]) => ({
    id,
    name: id === 'centre' ? 'Centre' : `Mission in ${place}`,
    place,
    zone,
  }));
  const series = seriesOf(posts.map((post) => post.id));
  const people: BenchPerson[] = [];
  const relays = new Map<string, string[]>();
  for (let i = 0; i < PEOPLE; i += 1) {
    // The centre holds 600 people, each mission 200.
    const postId = i < 600 ? 'centre' : POSTS[1 + Math.floor((i - 600) / 200)]![0];
    const first = i === 0 || (i >= 600 && (i - 600) % 200 === 0);
    const clerk = !first && i % 40 === 1;
    const title = first
      ? postId === 'centre'
        ? 'Minister'
        : 'Ambassador'
      : clerk
        ? 'Cipher Clerk'
        : random.pick(TITLES);
    const id = `p${String(i).padStart(4, '0')}`;
    people.push({
      id,
      name: `${capital(syllableWord(random))} ${capital(syllableWord(random))}`,
      title,
      postId,
    });
    if (clerk) relays.set(postId, [...(relays.get(postId) ?? []), id]);
  }
  const groups: Group[] = Array.from({ length: GROUPS }, (_, g) => groupOf(g));
  const memberships: Membership[] = [];
  for (const [g, group] of groups.entries()) memberships.push(...membershipsOf(random, group.id, g, people));
  const conferences: Conference[] = [
    {
      id: 'london-1945',
      name: 'Council of Foreign Ministers, London',
      place: 'London',
      startsOn: '1945-09-11',
      endsOn: '1945-10-02',
    },
    {
      id: 'paris-1946',
      name: 'Peace Conference, Paris',
      place: 'Paris',
      startsOn: '1946-07-29',
      endsOn: '1946-10-15',
    },
    {
      id: 'moscow-1947',
      name: 'Council of Foreign Ministers, Moscow',
      place: 'Moscow',
      startsOn: '1947-03-10',
      endsOn: '1947-04-24',
    },
  ];
  return {
    posts,
    series,
    conferences,
    people,
    groups,
    memberships,
    relays,
    chancery: { group: 'chancery', reader: 'p0007' },
    registryDesk: { group: 'registry-desk', reader: 'p0011' },
    addressedGroups: groups.map((group) => group.id).slice(2),
  };
}

/** Per post a general series and one towards each other post it writes to (the centre, or each mission). */
function seriesOf(posts: string[]): Series[] {
  const code = (post: string) => post.slice(0, 3).toUpperCase();
  const series: Series[] = [];
  for (const post of posts) {
    series.push({ code: code(post), name: `${post} general`, fromPost: post, toPost: null });
    for (const other of post === 'centre' ? posts.slice(1) : ['centre']) {
      series.push({
        code: `${code(post)}-${code(other)}`,
        name: `${post} to ${other}`,
        fromPost: post,
        toPost: other,
      });
    }
  }
  return series;
}

function groupOf(g: number): Group {
  if (g === 0) return { id: 'chancery', name: 'Chancery', description: 'copied on most traffic' };
  if (g === 1) return { id: 'registry-desk', name: 'Registry desk', description: 'keeps the files' };
  if (g < 10)
    return { id: `${POSTS[g - 2]![0]}-desk`, name: `${POSTS[g - 2]![1]} desk`, description: 'a post desk' };
  return {
    id: `committee-${String(g).padStart(2, '0')}`,
    name: `Committee ${g}`,
    description: 'an issue committee',
  };
}

/**
 * A group's memberships from before the first cable, then members leaving and
 * others joining at times across the two years, never below three members.
 * The chancery and the registry desk each keep one member throughout: the
 * designated readers.
 */
function membershipsOf(random: Random, group: string, g: number, people: BenchPerson[]): Membership[] {
  const size = g < 2 ? 4 : random.between(4, 36);
  const pool = g >= 2 && g < 10 ? people.filter((p) => p.postId === POSTS[g - 2]![0]) : people;
  const permanent = g === 0 ? 'p0007' : g === 1 ? 'p0011' : null;
  const current: Membership[] = [];
  const all: Membership[] = [];
  const join = (person: string, from: string) => {
    const membership: Membership = { group, person, from, until: null };
    current.push(membership);
    all.push(membership);
  };
  if (permanent) join(permanent, JOINED_AT);
  while (current.length < size) {
    const person = random.pick(pool).id;
    if (!current.some((m) => m.person === person)) join(person, JOINED_AT);
  }
  const changes = random.between(3, 15);
  const times = Array.from({ length: changes }, () => FIRST_CABLE_AT + random.below(CABLE_SPAN_MS)).sort(
    (a, b) => a - b,
  );
  for (const time of times) {
    // Only a member who had joined by then may leave: a join falls up to a week after its change.
    const leaving = current.filter((m) => m.person !== permanent && Date.parse(m.from) < time);
    if (leaving.length === 0) continue;
    const left = random.pick(leaving);
    left.until = new Date(time).toISOString();
    current.splice(current.indexOf(left), 1);
    const joinedAt = new Date(time + random.below(7 * 24 * 3600_000)).toISOString();
    for (;;) {
      const person = random.pick(pool).id;
      if (!current.some((m) => m.person === person) && person !== left.person) {
        join(person, joinedAt);
        break;
      }
    }
  }
  return all;
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

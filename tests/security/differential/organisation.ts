import { DEMO_PASSWORD } from '../../../scenarios/load-scenario.js';
import { hashPassword } from '../../../src/services/accounts/authenticate.js';
import { applySetupDocument } from '../../../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../../../src/services/organisation/authority.js';
import type { Services } from '../../../src/services/services.js';
import { CONFERENCE, groupId, ISSUES, instantOf, personId, principalsOf, type World } from './world.js';

/** The setup entry is written a day before the first cable. */
const SET_UP_AT = instantOf(-24 * 60);

type Span = World['spans'][number];

/**
 * The world's organisation as one setup entry: two posts with their series,
 * the people, the groups with their memberships, and the conference with its
 * plan. Every person's password is the demo password.
 */
export async function setUpOrganisation(services: Services, world: World): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = world.postOf.map((post, i) => ({
    id: personId(i),
    name: `Person ${i}`,
    title: 'Delegate',
    post: `post${post}`,
  }));
  await applySetupDocument(
    { ...services, now: () => SET_UP_AT },
    OPERATOR,
    {
      classifications: ['SECRET'],
      posts: [0, 1].map((p) => ({ id: `post${p}`, name: `Post ${p}`, place: 'Paris', zone: 'UTC' })),
      series: [0, 1].flatMap((p) => [
        { code: `P${p}`, name: `From post ${p}`, fromPost: `post${p}` },
        { code: `P${p}T${1 - p}`, name: `${p} to ${1 - p}`, fromPost: `post${p}`, toPost: `post${1 - p}` },
      ]),
      people,
      groups: Array.from({ length: world.size.groups }, (_, g) => ({
        id: groupId(g),
        name: `Group ${g}`,
        description: 'A group of the proof',
        members: mergedSpans(world.spans.filter((span) => span.group === g)).map((span) => ({
          person: personId(span.person),
          from: instantOf(span.from),
          ...(span.length === null ? {} : { until: instantOf(span.from + span.length) }),
        })),
      })),
      conferences: [
        {
          id: CONFERENCE,
          name: 'Conference',
          place: 'Paris',
          startsOn: '1946-04-25T00:00:00Z',
          endsOn: '1946-10-15T00:00:00Z',
          plan: {
            ourParty: 'us',
            principals: principalsOf(world),
            parties: [
              { id: 'us', name: 'Us' },
              { id: 'them', name: 'Them' },
            ],
            issues: ISSUES.map((id) => ({ id, title: `Issue ${id}` })),
          },
        },
      ],
    },
    { passwordHashes: new Map(people.map((person) => [person.id, passwordHash])) },
  );
}

/** A person's spans in one group joined where they overlap or touch: the registry holds no overlapping memberships. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  const end = (span: Span) => (span.length === null ? Number.POSITIVE_INFINITY : span.from + span.length);
  for (const span of [...spans].sort((a, b) => a.person - b.person || a.from - b.from)) {
    const last = merged.at(-1);
    if (last && last.person === span.person && span.from <= end(last)) {
      const until = Math.max(end(last), end(span));
      last.length = until === Number.POSITIVE_INFINITY ? null : until - last.from;
    } else merged.push({ ...span });
  }
  return merged;
}

import {
  DEFAULT_PRECEDENCE_SCHEME,
  DomainError,
  type PrecedenceScheme,
  PrecedenceSchemeSchema,
} from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

const SETTING = 'precedence-scheme';

/** The precedence scheme's settings in force: handling targets, what escalates, each post's duty officer. */
export async function precedenceScheme(services: Services): Promise<PrecedenceScheme> {
  const stored = await services.store.settings.get(SETTING);
  return stored === null ? DEFAULT_PRECEDENCE_SCHEME : PrecedenceSchemeSchema.parse(JSON.parse(stored));
}

/**
 * Sets the precedence scheme (an administrator's change, audited): every post
 * named must exist, and every duty officer be a person.
 */
export async function setPrecedenceScheme(
  services: Services,
  actor: string,
  input: unknown,
): Promise<PrecedenceScheme> {
  const scheme = parseInput(PrecedenceSchemeSchema, input);
  const directory = await directorySnapshot(services.store);
  if (!directory.people.find((person) => person.id === actor)?.isAdmin)
    throw new DomainError('forbidden', 'Only an administrator sets the precedence scheme.');
  const posts = new Set((await services.store.directory.posts()).map((post) => post.id));
  for (const [post, officer] of Object.entries(scheme.dutyOfficers)) {
    if (!posts.has(post)) throw invalidPost(post);
    if (!directory.personById.has(officer))
      throw new DomainError(
        'invalid-input',
        `dutyOfficers.${post}: '${officer}' is not a person`,
        `dutyOfficers.${post}`,
      );
  }
  await services.store.settings.set(SETTING, JSON.stringify(scheme));
  await recordAudit(services, actor, 'precedence-scheme.set', null, scheme);
  return scheme;
}

function invalidPost(post: string) {
  return new DomainError('invalid-input', `dutyOfficers.${post}: no post '${post}'`, `dutyOfficers.${post}`);
}

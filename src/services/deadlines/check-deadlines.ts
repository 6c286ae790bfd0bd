import { type ConferencePlan, type Deadline, invalidInput, issueOf } from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * Checks the deadlines a payload sets, before anything is signed (issue 11):
 * a fixed deadline lies in the future; those who must act, and those to
 * notify, are people of the organisation; every issue named is one of the
 * conference's. Throws `invalid-input` naming the field.
 */
export async function checkDeadlines(
  services: Services,
  plan: ConferencePlan,
  deadlines: readonly Deadline[],
  field = 'payload.deadlines',
): Promise<void> {
  const people = new Set((await services.store.directory.people()).map((person) => person.id));
  const now = Date.parse(services.now());
  const ids = new Set<string>();
  deadlines.forEach((deadline, i) => {
    const at = `${field}[${i}]`;
    if (ids.has(deadline.id)) throw invalidInput(`${at}.id`, `the deadline '${deadline.id}' appears twice`);
    ids.add(deadline.id);
    if (deadline.due.type === 'at' && Date.parse(deadline.due.at) <= now)
      throw invalidInput(`${at}.due.at`, 'a deadline cannot fall in the past');
    for (const [list, named] of [
      ['actors', deadline.actors],
      ['notify', deadline.notify ?? []],
    ] as const) {
      named.forEach((person, j) => {
        if (!people.has(person)) throw invalidInput(`${at}.${list}[${j}]`, `'${person}' is not a person`);
      });
    }
    const issues: [string, string | undefined][] = [
      [`${at}.issue`, deadline.issue],
      [`${at}.meets.issue`, 'issue' in deadline.meets ? deadline.meets.issue : undefined],
      [
        `${at}.due.of.issue`,
        deadline.due.type === 'within' && 'issue' in deadline.due.of ? deadline.due.of.issue : undefined,
      ],
    ];
    for (const [path, issue] of issues) {
      if (issue !== undefined && !issueOf(plan, issue))
        throw invalidInput(path, `'${issue}' is not an issue of the conference`);
    }
  });
}

import { registerCable } from '../src/services/cables/register-cable.js';
import { setClassificationScheme } from '../src/services/organisation/classification-scheme.js';
import {
  addConference,
  addGroup,
  addMembership,
  addPerson,
  addPost,
  addSeries,
} from '../src/services/organisation/manage-organisation.js';
import { setConferencePlan } from '../src/services/organisation/set-conference-plan.js';
import type { Services } from '../src/services/services.js';
import type { Scenario } from './scenario.js';

/** Every person in a built-in example logs in with this password. Examples only. */
export const DEMO_PASSWORD = 'demo';

const iso = (date: string) => new Date(date).toISOString();

/**
 * Replays a scenario into an empty registry through the same services the API
 * uses: the organisation first, then every cable registered, signed and chained
 * at its historical time. Returns how many cables were registered.
 */
export async function loadScenario(
  services: Services,
  scenario: Scenario,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  await setClassificationScheme(services.store, scenario.classifications);
  for (const post of scenario.posts) await addPost(services, post);
  for (const { post, admin, ...person } of scenario.people) {
    await addPerson(services, null, { ...person, postId: post, isAdmin: admin ?? false }, DEMO_PASSWORD);
  }
  for (const { members, ...group } of scenario.groups) {
    await addGroup(services, null, group);
    for (const member of members) {
      await addMembership(services, null, {
        group: group.id,
        person: member.person,
        from: iso(member.from),
        until: member.until ? iso(member.until) : null,
      });
    }
  }
  for (const series of scenario.series)
    await addSeries(services, { ...series, toPost: series.toPost ?? null });
  for (const { plan, ...conference } of scenario.conferences) {
    await addConference(services, conference);
    if (plan) await setConferencePlan(services, conference.id, plan);
  }

  const idOfKey = new Map<string, string>();
  const idOf = (key: string) => {
    const id = idOfKey.get(key);
    if (!id) throw new Error(`scenario cable refers to '${key}' before it is registered`);
    return id;
  };
  for (const [index, cable] of scenario.cables.entries()) {
    const { key, at, author, ...draft } = cable;
    const atTheTime: Services = { ...services, now: () => iso(at) };
    const registered = await registerCable(atTheTime, author, {
      ...draft,
      inReplyTo: draft.inReplyTo ? idOf(draft.inReplyTo) : undefined,
      refs: draft.refs?.map(idOf),
    });
    idOfKey.set(key, registered.id);
    onProgress(index + 1, scenario.cables.length);
  }
  return scenario.cables.length;
}

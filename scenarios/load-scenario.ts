import { recordDemoLogins } from '../src/services/accounts/demo-logins.js';
import { registerCable } from '../src/services/cables/register-cable.js';
import { applySetupDocument } from '../src/services/organisation/apply-setup-document.js';
import { OPERATOR } from '../src/services/organisation/authority.js';
import type { Services } from '../src/services/services.js';
import type { Scenario } from './scenario.js';

/** Every person in a built-in example logs in with this password. Examples only. */
export const DEMO_PASSWORD = 'demo';

const iso = (date: string) => new Date(date).toISOString();

/**
 * Replays a scenario into an empty registry through the same services the API
 * uses: the organisation first, as one setup entry applied from the scenario's
 * setup document a day before its first cable, then every cable registered,
 * signed and chained at its historical time. Returns how many cables were registered.
 */
export async function loadScenario(
  services: Services,
  scenario: Scenario,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const { cables, title, ...document } = scenario;
  const firstCable = cables[0]?.at ?? new Date().toISOString();
  const setupAt = new Date(Date.parse(firstCable) - 24 * 3600 * 1000).toISOString();
  const passwords = new Map((document.people ?? []).map((person) => [person.id, DEMO_PASSWORD]));
  await applySetupDocument({ ...services, now: () => setupAt }, OPERATOR, document, { passwords });
  await recordDemoLogins(services.store, {
    example: title,
    password: DEMO_PASSWORD,
    logins: (document.people ?? []).map(({ id, name, title }) => ({ login: id, name, title: title ?? '' })),
  });

  const idOfKey = new Map<string, string>();
  const idOf = (key: string) => {
    const id = idOfKey.get(key);
    if (!id) throw new Error(`scenario cable refers to '${key}' before it is registered`);
    return id;
  };
  for (const [index, cable] of cables.entries()) {
    const { key, at, author, ...draft } = cable;
    const atTheTime: Services = { ...services, now: () => iso(at) };
    const registered = await registerCable(atTheTime, author, {
      ...draft,
      inReplyTo: draft.inReplyTo ? idOf(draft.inReplyTo) : undefined,
      refs: draft.refs?.map(idOf),
    });
    idOfKey.set(key, registered.id);
    onProgress(index + 1, cables.length);
  }
  return cables.length;
}

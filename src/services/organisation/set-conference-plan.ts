import { ConferencePlanSchema, invalidInput } from '../../core/index.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { directorySnapshot } from './directory-snapshot.js';

/**
 * Sets a conference's plan: parties, issues with their procedural rules,
 * sessions, and the principals alerted about moves outside the mandate.
 */
export async function setConferencePlan(
  services: Services,
  conference: string,
  input: unknown,
): Promise<void> {
  const plan = parseInput(ConferencePlanSchema, input, 'plan');
  const directory = await directorySnapshot(services.store);
  if (!directory.conferences.some((c) => c.id === conference)) {
    throw invalidInput('conference', `no conference is called '${conference}'`);
  }
  const parties = new Set(plan.parties.map((party) => party.id));
  if (!parties.has(plan.ourParty)) throw invalidInput('plan.ourParty', `'${plan.ourParty}' is not a party`);
  plan.principals.forEach((principal, i) => {
    if (!directory.personById.has(principal))
      throw invalidInput(`plan.principals[${i}]`, `no person '${principal}'`);
  });
  const issues = new Set(plan.issues.map((issue) => issue.id));
  plan.issues.forEach((issue, i) => {
    const stranger = issue.participants?.find((party) => !parties.has(party));
    if (stranger) throw invalidInput(`plan.issues[${i}].participants`, `'${stranger}' is not a party`);
  });
  plan.sessions.forEach((session, i) => {
    const unknown = session.agenda.find((issue) => !issues.has(issue));
    if (unknown)
      throw invalidInput(`plan.sessions[${i}].agenda`, `'${unknown}' is not an issue of the conference`);
  });
  await services.store.mandates.setPlan(conference, plan);
}

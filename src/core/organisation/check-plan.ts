import type { ConferencePlan } from '../conference/conference.js';
import { invalidInput } from '../errors.js';

/**
 * Refuses a plan whose parts do not fit together: our party and every
 * participant must be parties of the conference, every agenda item one of its
 * issues, every principal and delegation member a person. `field` names a part
 * of the plan in errors (`issues[2].participants`).
 */
export function checkPlan(
  plan: ConferencePlan,
  isPerson: (id: string) => boolean,
  field: (name: string) => string = (name) => name,
): void {
  const parties = new Set(plan.parties.map((party) => party.id));
  refuseTwice(
    plan.parties.map((party) => party.id),
    (i) => field(`parties[${i}].id`),
  );
  if (!parties.has(plan.ourParty)) throw invalidInput(field('ourParty'), `'${plan.ourParty}' is not a party`);
  plan.principals.forEach((principal, i) => {
    if (!isPerson(principal))
      throw invalidInput(field(`principals[${i}]`), `no person is called '${principal}'`);
  });
  plan.delegation.forEach((member, i) => {
    if (!isPerson(member)) throw invalidInput(field(`delegation[${i}]`), `no person is called '${member}'`);
  });
  const issues = new Set(plan.issues.map((issue) => issue.id));
  refuseTwice(
    plan.issues.map((issue) => issue.id),
    (i) => field(`issues[${i}].id`),
  );
  plan.issues.forEach((issue, i) => {
    const stranger = issue.participants?.find((party) => !parties.has(party));
    if (stranger) throw invalidInput(field(`issues[${i}].participants`), `'${stranger}' is not a party`);
  });
  refuseTwice(
    plan.sessions.map((session) => session.id),
    (i) => field(`sessions[${i}].id`),
  );
  plan.sessions.forEach((session, i) => {
    const unknown = session.agenda.find((issue) => !issues.has(issue));
    if (unknown)
      throw invalidInput(field(`sessions[${i}].agenda`), `'${unknown}' is not an issue of the conference`);
    const stranger = session.participants.find((party) => !parties.has(party));
    if (stranger) throw invalidInput(field(`sessions[${i}].participants`), `'${stranger}' is not a party`);
  });
}

function refuseTwice(ids: readonly string[], field: (index: number) => string): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) throw invalidInput(field(index), `'${id}' appears twice`);
  });
}

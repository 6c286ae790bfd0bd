import {
  type CablePayload,
  type ConferencePlan,
  invalidInput,
  issueOf,
  type RecordPayload,
} from '../../core/index.js';

/**
 * Checks one account of a session against its conference's plan before it is
 * signed: the session, every party and every issue it names must be the
 * plan's, and a vote may be cast only by a party. Whether a party may take
 * part in an item is not refused here: the record says what happened, and the
 * session page flags what broke the procedural rules.
 */
export function checkRecord(record: RecordPayload, plan: ConferencePlan): CablePayload {
  const parties = new Set(plan.parties.map((party) => party.id));
  const party = (field: string, id: string) => {
    if (!parties.has(id)) throw invalidInput(field, `'${id}' is not a party of the conference`);
  };
  const issue = (field: string, id: string) => {
    if (!issueOf(plan, id)) throw invalidInput(field, `'${id}' is not an issue of the conference`);
  };
  if (!plan.sessions.some((session) => session.id === record.session))
    throw invalidInput('payload.session', `no session '${record.session}' in the conference's plan`);
  party('payload.party', record.party);
  for (const [i, id] of record.agenda.entries()) issue(`payload.agenda[${i}]`, id);
  record.participants.forEach((attendance, i) => {
    party(`payload.participants[${i}].party`, attendance.party);
    for (const [j, id] of (attendance.issues ?? []).entries())
      issue(`payload.participants[${i}].issues[${j}]`, id);
  });
  for (const [i, promise] of record.promised.entries()) party(`payload.promised[${i}].party`, promise.party);
  record.entries.forEach((entry, i) => {
    const field = `payload.entries[${i}]`;
    party(`${field}.party`, entry.party);
    if (entry.issue) issue(`${field}.issue`, entry.issue);
    if (entry.decision && !entry.issue) throw invalidInput(`${field}.issue`, 'a decision names its issue');
    const vote = entry.decision?.vote;
    if (vote)
      for (const side of ['for', 'against', 'abstaining'] as const)
        for (const [j, id] of vote[side].entries()) party(`${field}.decision.vote.${side}[${j}]`, id);
  });
  return record as unknown as CablePayload;
}

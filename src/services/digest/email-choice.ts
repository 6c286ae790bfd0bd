import { type EmailChoice, EmailChoiceSchema } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** A person's own choice of e-mail notifications; null until they make one. */
export function emailChoiceOf(services: Services, person: string): Promise<EmailChoice | null> {
  return services.store.digests.emailChoice(person);
}

/** Sets a person's own e-mail choice (no events: no e-mail); audited as their change, the address kept out of the log. */
export async function setEmailChoice(
  services: Services,
  person: string,
  input: unknown,
): Promise<EmailChoice> {
  const choice = parseInput(EmailChoiceSchema, input);
  await services.store.digests.setEmailChoice(person, choice);
  await recordAudit(services, person, 'email.choice', person, { events: choice.events });
  return choice;
}

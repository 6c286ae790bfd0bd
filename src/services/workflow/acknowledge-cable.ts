import { invalidInput, notFound } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';
import { actionAddressees } from './action-addressees.js';

/**
 * An action addressee acknowledges a cable explicitly (issue 14), apart from
 * opening it; acknowledging again changes nothing. A cable the person may not
 * read is refused exactly as a missing one (and the attempt audited); one
 * they read only for information is refused naming `cable`.
 */
export async function acknowledgeCable(
  services: Services,
  person: string,
  reference: string,
): Promise<{ cable: string; number: string; acknowledgedAt: string }> {
  const delivered = await services.store.registry.readable(person, reference);
  if (!delivered) {
    await recordAudit(services, person, 'cable.acknowledge-refused', reference.slice(0, 80));
    throw notFound('cable');
  }
  const { cable } = delivered;
  if (!(await actionAddressees(services, cable)).includes(person))
    throw invalidInput('cable', `you are not an action addressee of ${cable.number}`);
  const now = services.now();
  const recorded = await services.store.workflow.acknowledge({
    cableSeq: cable.seq,
    personId: person,
    acknowledgedAt: now,
  });
  // Acknowledging implies having opened it.
  if (delivered.readAt === null) await services.store.registry.markRead(person, cable.seq, now);
  if (recorded) await recordAudit(services, person, 'cable.acknowledge', cable.number);
  const mine = (await services.store.workflow.acknowledgementsOf(cable.seq)).find(
    (a) => a.personId === person,
  );
  return { cable: cable.id, number: cable.number, acknowledgedAt: mine?.acknowledgedAt ?? now };
}

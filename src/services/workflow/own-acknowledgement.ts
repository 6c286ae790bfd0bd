import { acknowledgeBy, notFound } from '../../core/index.js';
import type { Services } from '../services.js';
import { actionAddressees } from './action-addressees.js';
import { precedenceScheme } from './precedence-scheme.js';

/**
 * A reader's own part in a cable's handling (issue 14): whether they must
 * acknowledge it (an action addressee), when they did, and by when they
 * should. Nothing about anyone else; a cable they may not read is "not found".
 */
export async function ownAcknowledgement(services: Services, reader: string, reference: string) {
  const delivered = await services.store.registry.readable(reader, reference);
  if (!delivered) throw notFound('cable');
  const { cable } = delivered;
  const mustAcknowledge = (await actionAddressees(services, cable)).includes(reader);
  const mine = mustAcknowledge
    ? (await services.store.workflow.acknowledgementsOf(cable.seq)).find((a) => a.personId === reader)
    : undefined;
  return {
    cable: cable.id,
    number: cable.number,
    mustAcknowledge,
    acknowledgedAt: mine?.acknowledgedAt ?? null,
    acknowledgeBy: mustAcknowledge ? acknowledgeBy(cable, await precedenceScheme(services)) : null,
  };
}

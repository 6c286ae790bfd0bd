import { acknowledgeBy, DomainError, notFound } from '../../core/index.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';
import { actionAddressees } from './action-addressees.js';
import { precedenceScheme } from './precedence-scheme.js';

/** One action addressee's handling of a cable. */
export interface AddresseeHandling {
  person: string;
  deliveredAt: string;
  openedAt: string | null;
  acknowledgedAt: string | null;
  escalatedAt: string | null;
}

/**
 * Per action addressee, when a cable was delivered, opened and acknowledged
 * (issue 14). Only its author and a registry clerk (an administrator) who may
 * read it see the table; anyone else who may not read it gets "not found",
 * and a reader who is neither is refused.
 */
export async function viewAcknowledgements(services: Services, viewer: string, reference: string) {
  const delivered = await services.store.registry.readable(viewer, reference);
  if (!delivered) throw notFound('cable');
  const { cable } = delivered;
  const directory = await directorySnapshot(services.store);
  // The registry clerk is the administrator (services/organisation/authority.ts).
  const clerk = directory.personById.get(viewer)?.isAdmin ?? false;
  if (cable.author !== viewer && !clerk)
    throw new DomainError(
      'forbidden',
      "Only the cable's author and the registry clerk see who acknowledged it.",
    );
  const [addressees, deliveries, acks, escalations, scheme] = await Promise.all([
    actionAddressees(services, cable),
    services.store.workflow.deliveriesOf(cable.seq),
    services.store.workflow.acknowledgementsOf(cable.seq),
    services.store.workflow.escalationsOfCable(cable.seq),
    precedenceScheme(services),
  ]);
  const openedAt = new Map(deliveries.map((d) => [d.personId, d.readAt]));
  const ackedAt = new Map(acks.map((a) => [a.personId, a.acknowledgedAt]));
  const handling: AddresseeHandling[] = addressees.map((person) => ({
    person,
    deliveredAt: cable.registeredAt,
    openedAt: openedAt.get(person) ?? null,
    acknowledgedAt: ackedAt.get(person) ?? null,
    escalatedAt: escalations.find((e) => e.addressee === person)?.firedAt ?? null,
  }));
  return { cable, acknowledgeBy: acknowledgeBy(cable, scheme), addressees: handling };
}

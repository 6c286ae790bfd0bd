import { type DigestCable, precedenceRank } from '../../core/index.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';
import { isActionAddressee } from '../workflow/action-addressees.js';

/**
 * Which cables a reader has yet to acknowledge, as the digest and the
 * circular table ask it: explicit acknowledgements by action addressees
 * (issue 14, the workflow store), never the opening of a cable.
 */
export interface AcknowledgementRead {
  /** Cables the reader must act on and has not acknowledged, most urgent and newest first, with how many in all. */
  unacknowledged(reader: string, limit: number): Promise<{ total: number; cables: DigestCable[] }>;
  /** When each reader of the cable at `seq` acknowledged it (null: not yet). */
  acknowledgedAt(seq: number): Promise<Map<string, string | null>>;
}

export function acknowledgementRead(services: Services): AcknowledgementRead {
  const { workflow } = services.store;
  return {
    async unacknowledged(reader, limit) {
      const directory = await directorySnapshot(services.store);
      const waiting = (await workflow.unacknowledgedBy(reader)).filter((cable) =>
        isActionAddressee(directory, cable, reader),
      );
      // Newest first from the store; a stable sort keeps that within each precedence.
      waiting.sort((a, b) => precedenceRank(a.precedence) - precedenceRank(b.precedence));
      return {
        total: waiting.length,
        cables: waiting.slice(0, limit).map(({ id, number, precedence, subject, registeredAt }) => ({
          id,
          number,
          precedence,
          subject,
          registeredAt,
        })),
      };
    },
    async acknowledgedAt(seq) {
      const [deliveries, acknowledgements] = await Promise.all([
        workflow.deliveriesOf(seq),
        workflow.acknowledgementsOf(seq),
      ]);
      const when = new Map(acknowledgements.map((a) => [a.personId, a.acknowledgedAt]));
      return new Map(deliveries.map(({ personId }) => [personId, when.get(personId) ?? null]));
    },
  };
}

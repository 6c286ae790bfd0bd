import type { DigestCable } from '../../core/index.js';
import type { Services } from '../services.js';

/**
 * Which cables a reader has yet to acknowledge, as the digest and the
 * circular table ask it. Explicit acknowledgement is issue 14's other half
 * (the `vet` branch); until it is merged this reads a cable's opening as its
 * acknowledgement, from the reader's own receipts, and only this file changes
 * when it is.
 */
export interface AcknowledgementRead {
  /** Cables to `reader` they have not acknowledged, most urgent and newest first, with how many in all. */
  unacknowledged(reader: string, limit: number): Promise<{ total: number; cables: DigestCable[] }>;
  /** When each reader of the cable at `seq` acknowledged it (null: not yet). */
  acknowledgedAt(seq: number): Promise<Map<string, string | null>>;
}

export function acknowledgementRead(services: Services): AcknowledgementRead {
  const { registry, digests } = services.store;
  return {
    async unacknowledged(reader, limit) {
      const box = await registry.inbox(reader, { box: 'in', unread: true, limit, offset: 0 });
      return {
        total: box.total,
        cables: box.cables.map(({ cable }) => ({
          id: cable.id,
          number: cable.number,
          precedence: cable.precedence,
          subject: cable.subject,
          registeredAt: cable.registeredAt,
        })),
      };
    },
    acknowledgedAt: (seq) => digests.receipts(seq),
  };
}

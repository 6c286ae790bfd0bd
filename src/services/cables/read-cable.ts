import { notFound } from '../../core/index.js';
import type { DeliveredCable } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import type { Services } from '../services.js';

const THREAD_LIMIT = 200;

/**
 * Opens a cable for `reader`: the cable and the part of its thread they may
 * read. A cable they may not read is refused exactly as a missing one, and the
 * attempt is audited. Opening leaves a read receipt and an audit entry.
 * What a reader may read includes what a release in force now widened to them
 * (issue 15), shown as released.
 */
export async function readCable(
  services: Services,
  reader: string,
  reference: string,
): Promise<{ delivered: DeliveredCable; thread: DeliveredCable[] }> {
  const delivered = await services.store.registry.readable(reader, reference, services.now());
  if (!delivered) {
    await recordAudit(services, reader, 'cable.read-refused', reference.slice(0, 80));
    throw notFound('cable');
  }
  const { cable } = delivered;
  const now = services.now();
  if (delivered.readAt === null) await services.store.registry.markRead(reader, cable.seq, now);
  // Opening a report is how its alerts are seen.
  if (cable.payload?.type === 'moves') await services.store.mandates.markAlertsSeen(reader, cable.seq, now);
  await recordAudit(services, reader, 'cable.read', cable.number);
  const thread = await threadOf(services, reader, cable.seq);
  return { delivered: { cable, readAt: delivered.readAt ?? now }, thread };
}

/** The cables linked to `seq` by references either way that `reader` may read, in chain order. No receipt, no audit. */
export function threadOf(services: Services, reader: string, seq: number): Promise<DeliveredCable[]> {
  return services.store.registry.thread(reader, seq, THREAD_LIMIT, services.now());
}

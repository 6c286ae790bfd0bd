import type { ExportRecord } from '../archive/export-registry.js';
import type { Services } from '../services.js';

/** Puts an export's digest schedules, digests given and e-mail choices back as they were (import). */
export async function restoreDigestRecords(
  services: Services,
  records: readonly ExportRecord[],
): Promise<void> {
  const { digests } = services.store;
  for (const record of records) {
    if (record.type === 'digest-schedule') {
      const { type: _, ...schedule } = record;
      await digests.setSchedule(schedule);
    } else if (record.type === 'email-choice') {
      const { type: _, personId, ...choice } = record;
      await digests.setEmailChoice(personId, choice);
    }
  }
  await digests.restoreDigestClaims(
    records.flatMap((record) => {
      if (record.type !== 'digest') return [];
      const { type: _, ...claim } = record;
      return [claim];
    }),
  );
}

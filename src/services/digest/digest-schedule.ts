import { z } from 'zod';
import { isTimeZone } from '../../core/index.js';
import type { DigestSchedule } from '../../store/digest-store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** What a reader sets for their daily digest: the hour on their own clock, their time zone, on or off. */
export const DigestScheduleSchema = z.strictObject({
  hour: z.number().int().min(0).max(23),
  timeZone: z.string().max(64).refine(isTimeZone, 'must be a time zone such as Europe/Moscow'),
  enabled: z.boolean().default(true),
});

/** A reader's digest schedule; none until they choose one. */
export function digestScheduleOf(services: Services, reader: string): Promise<DigestSchedule | null> {
  return services.store.digests.schedule(reader);
}

/** Sets the hour and zone of a reader's own daily digest; audited as their change. */
export async function setDigestSchedule(
  services: Services,
  reader: string,
  input: unknown,
): Promise<DigestSchedule> {
  const schedule = { personId: reader, ...parseInput(DigestScheduleSchema, input) };
  await services.store.digests.setSchedule(schedule);
  await recordAudit(services, reader, 'digest.schedule', reader, {
    hour: schedule.hour,
    timeZone: schedule.timeZone,
    enabled: schedule.enabled,
  });
  return schedule;
}

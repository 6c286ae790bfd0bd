import { z } from 'zod';
import { hasCaption, invalidInput, notFound, PARTICIPANT_ID } from '../../core/index.js';
import { recordAudit } from '../integrity/record-audit.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

export const ReadingSchema = z.strictObject({
  to: PARTICIPANT_ID,
  at: z.iso.datetime({ offset: true }).optional(),
});

/**
 * Records that a READ-OUT cable ("read it to him, do not hand it over") was
 * read aloud by `reader` to a person, and when (issue 14). The reader must be
 * able to read it (else "not found"); the cable must carry READ-OUT, the
 * listener be a person, and the time not lie ahead or before registration.
 */
export async function recordReading(services: Services, reader: string, reference: string, input: unknown) {
  const reading = parseInput(ReadingSchema, input);
  const delivered = await services.store.registry.readable(reader, reference);
  if (!delivered) throw notFound('cable');
  const { cable } = delivered;
  if (!hasCaption(cable, 'READ-OUT')) throw invalidInput('cable', `${cable.number} is not a READ-OUT cable`);
  const directory = await directorySnapshot(services.store);
  if (!directory.personById.has(reading.to)) throw invalidInput('to', `'${reading.to}' is not a person`);
  const now = services.now();
  const at = reading.at ? new Date(reading.at).toISOString() : now;
  if (Date.parse(at) > Date.parse(now)) throw invalidInput('at', 'a reading cannot lie in the future');
  if (Date.parse(at) < Date.parse(cable.registeredAt))
    throw invalidInput('at', 'a cable cannot be read before it was registered');
  const entry = { cableSeq: cable.seq, readBy: reader, readTo: reading.to, readAt: at, recordedAt: now };
  await services.store.workflow.recordReading(entry);
  await recordAudit(services, reader, 'cable.reading', cable.number, { to: reading.to, at });
  return entry;
}

/** The readings of a READ-OUT cable, for anyone who may read it. */
export async function readingsOf(services: Services, reader: string, reference: string) {
  const delivered = await services.store.registry.readable(reader, reference);
  if (!delivered) throw notFound('cable');
  return { cable: delivered.cable, readings: await services.store.workflow.readingsOf(delivered.cable.seq) };
}

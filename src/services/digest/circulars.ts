import { z } from 'zod';
import { CABLE_REFERENCE, notFound, PARTICIPANT_ID, PRECEDENCES } from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';
import { acknowledgementRead } from './acknowledgements.js';

/** The group a circular goes to unless another is named: every head of mission. */
export const EVERY_MISSION = 'missions';

export const CircularDraftSchema = z.strictObject({
  group: PARTICIPANT_ID.default(EVERY_MISSION),
  precedence: z.enum(PRECEDENCES).default('PRIORITY'),
  classification: z.string().min(1).max(40),
  subject: z.string().trim().min(1, 'a circular needs a subject').max(200),
  body: z
    .string()
    .min(1, 'a circular needs a body')
    .max(64 * 1024),
});

/** Registers a circular (issue 14): one `circular` cable to every member of a group of missions. */
export async function registerCircular(
  services: Services,
  author: string,
  input: unknown,
): Promise<RegisteredCable> {
  const draft = parseInput(CircularDraftSchema, input);
  return registerCable(services, author, {
    to: [draft.group],
    precedence: draft.precedence,
    classification: draft.classification,
    kind: 'circular',
    subject: draft.subject,
    body: draft.body,
  });
}

/** One addressee's line in a circular's table. */
export interface CircularAcknowledgement {
  person: string;
  post: string | null;
  acknowledgedAt: string | null;
}

/**
 * Who has acknowledged a circular, addressee by addressee, for its author
 * only: to anyone else a circular is exactly like a missing cable.
 */
export async function circularTable(services: Services, author: string, reference: unknown) {
  const ref = parseInput(CABLE_REFERENCE, reference, 'ref');
  const found = await services.store.registry.readable(author, ref);
  if (!found || found.cable.author !== author || found.cable.kind !== 'circular') throw notFound('cable');
  const { cable } = found;
  const directory = await directorySnapshot(services.store);
  const acknowledged = await acknowledgementRead(services).acknowledgedAt(cable.seq);
  const rows: CircularAcknowledgement[] = cable.readers
    .filter((reader) => reader !== author && reader !== cable.via)
    .map((person) => ({
      person,
      post: directory.postOf(person, cable.registeredAt),
      acknowledgedAt: acknowledged.get(person) ?? null,
    }));
  return { cable, rows };
}

/** Chases the addressees of a circular who have not acknowledged it: a circular to them alone, in reply to it. */
export async function chaseCircular(services: Services, author: string, reference: unknown) {
  const { cable, rows } = await circularTable(services, author, reference);
  const missing = rows.filter((row) => row.acknowledgedAt === null).map((row) => row.person);
  if (missing.length === 0) return null;
  return registerCable(services, author, {
    to: missing,
    precedence: cable.precedence,
    classification: cable.classification,
    kind: 'circular',
    subject: `Reminder: ${cable.subject}`.slice(0, 200),
    body: `Please acknowledge ${cable.number}.`,
    inReplyTo: cable.id,
  });
}

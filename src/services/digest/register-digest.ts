import {
  composeDigest,
  type DigestPayload,
  digestText,
  hoursBefore,
  notFound,
  REGISTRY_PRINCIPAL,
} from '../../core/index.js';
import { type RegisteredCable, registerCable } from '../cables/register-cable.js';
import { directorySnapshot } from '../organisation/directory-snapshot.js';
import type { Services } from '../services.js';
import { collectDigest } from './collect-digest.js';

/** The window a digest covers: the day before the instant it is made. */
export const DIGEST_HOURS = 24;

/**
 * Makes one reader's digest for the DIGEST_HOURS before `until` (now, when
 * asked for) and registers it as the registry's `digest` cable to that reader
 * alone, classified at the reader's clearance, since it may name any cable
 * they may read. Resolves once the cable is on disk.
 */
export async function registerDigest(
  services: Services,
  reader: string,
  options: { day?: string | null; until?: string } = {},
): Promise<{ cable: RegisteredCable; digest: DigestPayload }> {
  const until = options.until ?? services.now();
  const directory = await directorySnapshot(services.store);
  const clearance = directory.clearanceOf(reader, until);
  if (!directory.at(until).people.has(reader) || clearance === null) throw notFound('person');
  const facts = await collectDigest(services, reader, {
    day: options.day ?? null,
    from: hoursBefore(until, DIGEST_HOURS),
    until,
  });
  const digest = composeDigest(facts);
  const cable = await registerCable(services, REGISTRY_PRINCIPAL, {
    to: [reader],
    precedence: 'ROUTINE',
    classification: clearance,
    kind: 'digest',
    subject: digest.day
      ? `Digest for ${digest.day}`
      : `Digest to ${until.slice(0, 16).replace('T', ' ')} UTC`,
    body: digestText(digest),
    payload: digest,
  });
  return { cable, digest };
}

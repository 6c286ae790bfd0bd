import {
  type Cable,
  hasCaption,
  notFound,
  PUBLIC_READER,
  type RedactionRow,
  type ReleasedPart,
  releasedBody,
  releasedParts,
} from '../../../core/index.js';
import type { ReleasedCable } from '../../../store/store.js';
import { recordAudit } from '../../integrity/record-audit.js';
import type { Services } from '../../services.js';

/**
 * A cable as a release shows it: the body with each struck passage a marked
 * gap, and no payload (its structured content could carry what was struck).
 * READ-OUT means shown, never exported: `withheld` tells an export to leave the body out.
 */
export interface ReleasedView {
  cable: Omit<Cable, 'payload'> & { payload: null };
  parts: ReleasedPart[];
  redactions: Pick<RedactionRow, 'start' | 'end' | 'reason' | 'hash'>[];
  withheld: 'READ-OUT' | null;
}

/** Whom a caller reads as: a signed-in person reads what is released to them and to the public; anyone else, to the public. */
export function releaseReadersOf(person: string | null): string[] {
  return person === null ? [PUBLIC_READER] : [person, PUBLIC_READER];
}

/** The view of a released cable. */
export function releasedViewOf({ cable, redactions }: ReleasedCable): ReleasedView {
  return {
    cable: { ...cable, body: releasedBody(cable.body, redactions), payload: null },
    parts: releasedParts(cable.body, redactions),
    redactions: redactions.map(({ start, end, reason, hash }) => ({ start, end, reason, hash })),
    withheld: hasCaption(cable, 'READ-OUT') ? 'READ-OUT' : null,
  };
}

/**
 * Opens a released cable for `person` (null: the public) as the releases in
 * force now show it. A cable not released to them is refused exactly as a
 * missing one; a person's reading is audited.
 */
export async function readReleased(services: Services, person: string | null, reference: string) {
  const found = await services.store.registry.resolveReference(reference);
  const released = found
    ? await services.store.releases.releasedAt(releaseReadersOf(person), found.seq, services.now())
    : null;
  if (!released) {
    if (person !== null) await recordAudit(services, person, 'cable.read-refused', reference.slice(0, 80));
    throw notFound('cable');
  }
  if (person !== null) await recordAudit(services, person, 'released.read', released.cable.number);
  return releasedViewOf(released);
}

/** Released cables a page at a time, in chain order, for `person` (null: the public). */
export async function* releasedCables(services: Services, person: string | null, pageSize = 500) {
  const readers = releaseReadersOf(person);
  const now = services.now();
  for (let after = 0; ; ) {
    const page = await services.store.releases.releasedAfter(readers, now, after, pageSize);
    for (const released of page) yield releasedViewOf(released);
    if (page.length < pageSize) return;
    after = page.at(-1)!.cable.seq;
  }
}

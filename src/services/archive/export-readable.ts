import { z } from 'zod';
import { type Cable, hasCaption } from '../../core/index.js';
import type { DeliveredCable } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** Cables read from the store at a time: an export never holds the whole registry in memory. */
const PAGE = 500;

export const ExportQuerySchema = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .default(0)
    .meta({ description: 'Resume after this chain position: the `seq` of the last cable already exported' }),
});

/** Another cable a cable refers to, named only when the reader may read that one too. */
export interface CableLink {
  id: string;
  number: string;
}

/**
 * One cable of a reader's export. READ-OUT means shown, never exported
 * (PRODUCT.md §Cable), whoever asks and however: such a cable is listed, but
 * its body is emptied and its payload dropped here, and `withheld` says why.
 */
export interface ExportedCable {
  cable: Cable;
  read: boolean;
  links: { inReplyTo: CableLink | null; refs: CableLink[] };
  withheld: 'READ-OUT' | null;
}

/**
 * A reader's export: every cable `reader` may read, in chain order, and
 * nothing else (PRODUCT.md §Non-negotiables: exports). Bad input is refused
 * here, before anything is yielded; the export is audited as it starts.
 */
export function exportReadable(
  services: Services,
  reader: string,
  input: unknown,
): AsyncGenerator<ExportedCable> {
  const query = parseInput(ExportQuerySchema, input, 'query');
  return exportedCables(services, reader, query.after);
}

async function* exportedCables(services: Services, reader: string, after: number) {
  await recordAudit(services, reader, 'cables.export', null, { after });
  const linkOf = readableLinks(services, reader);
  for (let last = after; ; ) {
    const page = await services.store.registry.readableAfter(reader, last, PAGE);
    for (const delivered of page) {
      linkOf.remember(delivered.cable);
      yield await exportedOf(delivered, linkOf.find);
    }
    if (page.length < PAGE) return;
    last = page[page.length - 1]!.cable.seq;
  }
}

async function exportedOf(
  { cable, readAt }: DeliveredCable,
  linkOf: (id: string) => Promise<CableLink | null>,
): Promise<ExportedCable> {
  const inReplyTo = cable.inReplyTo ? await linkOf(cable.inReplyTo) : null;
  const refs = (await Promise.all(cable.refs.map(linkOf))).filter((ref) => ref !== null);
  const withheld = hasCaption(cable, 'READ-OUT') ? 'READ-OUT' : null;
  return {
    cable: withheld ? { ...cable, body: '', payload: null } : cable,
    read: readAt !== null,
    links: { inReplyTo, refs },
    withheld,
  };
}

/**
 * Links to the cables `reader` may read. A reference points back along the
 * chain, so most targets were exported just before; the rest (unreadable ones,
 * or ones before `after`) are looked up once, through the access rule.
 */
function readableLinks(services: Services, reader: string) {
  const known = new Map<string, CableLink | null>();
  return {
    remember(cable: Cable) {
      known.set(cable.id, { id: cable.id, number: cable.number });
    },
    async find(id: string): Promise<CableLink | null> {
      if (!known.has(id)) {
        const found = await services.store.registry.readable(reader, id);
        known.set(id, found ? { id: found.cable.id, number: found.cable.number } : null);
      }
      return known.get(id)!;
    },
  };
}

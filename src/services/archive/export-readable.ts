import { z } from 'zod';
import { type Cable, hasCaption, invalidInput } from '../../core/index.js';
import type { DeliveredCable } from '../../store/store.js';
import { recordAudit } from '../integrity/record-audit.js';
import { parseInput } from '../parse-input.js';
import type { Services } from '../services.js';

/** Cables read from the store at a time: an export never holds the whole registry in memory. */
const PAGE = 500;

export const ExportQuerySchema = z.strictObject({
  after: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .meta({
      description:
        'Resume after this cable: the id (or registry number) of the last cable already exported. ' +
        "A position in the reader's own export, never in the registry, so it counts no one else's cables",
    }),
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
export async function exportReadable(
  services: Services,
  reader: string,
  input: unknown,
): Promise<AsyncGenerator<ExportedCable>> {
  const query = parseInput(ExportQuerySchema, input, 'query');
  let after = 0;
  if (query.after !== undefined) {
    // A cable the reader may not read is refused exactly as one that does not exist.
    const last = await services.store.registry.readable(reader, query.after, services.now());
    if (!last) throw invalidInput('after', `no cable '${query.after}' that you may read`);
    after = last.cable.seq;
  }
  return exportedCables(services, reader, after, query.after ?? null);
}

async function* exportedCables(services: Services, reader: string, after: number, cursor: string | null) {
  await recordAudit(services, reader, 'cables.export', null, { after: cursor });
  // What releases widen is read as of the export's start, so its pages agree with each other (issue 15).
  const at = services.now();
  const linkOf = readableLinks(services, reader, at);
  for (let last = after; ; ) {
    const page = await services.store.registry.readableAfter(reader, last, PAGE, at);
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
function readableLinks(services: Services, reader: string, at: string) {
  const known = new Map<string, CableLink | null>();
  return {
    remember(cable: Cable) {
      known.set(cable.id, { id: cable.id, number: cable.number });
    },
    async find(id: string): Promise<CableLink | null> {
      if (!known.has(id)) {
        const found = await services.store.registry.readable(reader, id, at);
        known.set(id, found ? { id: found.cable.id, number: found.cable.number } : null);
      }
      return known.get(id)!;
    },
  };
}

import { z } from 'zod';
import { type Cable, ISSUE_TAG, invalidInput, notFound, PARTICIPANT_ID } from '../../../core/index.js';
import { threadOf } from '../../cables/read-cable.js';
import { parseInput } from '../../parse-input.js';
import type { Services } from '../../services.js';

/** Cables read from the store at a time while a dossier is gathered. */
const PAGE = 500;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?)?$/, 'must be a date such as 1945-12-06');
const reference = z.string().min(1).max(80);

export const DossierQuerySchema = z.strictObject({
  cable: reference.optional().meta({ description: 'One cable, by registry number or id' }),
  thread: reference.optional().meta({ description: 'A cable and the part of its thread you may read' }),
  issue: ISSUE_TAG.optional().meta({ description: 'Every cable you may read tagged with this issue' }),
  conference: PARTICIPANT_ID.optional().meta({ description: 'Every cable you may read of this conference' }),
  from: isoDate.optional().meta({ description: 'A period: cables registered from this instant' }),
  until: isoDate.optional().meta({ description: 'A period: cables registered up to this day or instant' }),
});
export type DossierQuery = z.output<typeof DossierQuerySchema>;

/** What a dossier holds, as said on its title page. */
export interface DossierSelection {
  title: string;
  cables: Cable[];
}

/**
 * The cables a query names, among those `reader` may read only, in chain
 * order: one cable, a thread, or an issue, a conference or a period (these
 * three may be combined). A cable the reader may not read is refused exactly
 * as a missing one; an issue or period with nothing readable is refused too,
 * so an empty dossier never tells of cables withheld.
 */
export async function selectDossier(
  services: Services,
  reader: string,
  input: unknown,
): Promise<DossierSelection> {
  const query = parseInput(DossierQuerySchema, input, 'query');
  const single = query.cable ?? query.thread;
  if (single !== undefined) {
    if (query.cable !== undefined && query.thread !== undefined)
      throw invalidInput('thread', 'name either a cable or a thread, not both');
    const delivered = await services.store.registry.readable(reader, single);
    if (!delivered) throw notFound('cable');
    if (query.cable !== undefined)
      return { title: `Cable ${delivered.cable.number}`, cables: [delivered.cable] };
    const thread = await threadOf(services, reader, delivered.cable.seq);
    const cables = thread.some((entry) => entry.cable.seq === delivered.cable.seq)
      ? thread.map((entry) => entry.cable)
      : [...thread.map((entry) => entry.cable), delivered.cable].sort((a, b) => a.seq - b.seq);
    return { title: `Thread of ${delivered.cable.number}`, cables };
  }
  if (!query.issue && !query.conference && !query.from && !query.until)
    throw invalidInput('cable', 'name a cable, a thread, an issue, a conference or a period (from, until)');
  const cables = await gather(services, reader, query);
  if (cables.length === 0) throw notFound('cable');
  return { title: titleOf(query), cables };
}

async function gather(services: Services, reader: string, query: DossierQuery): Promise<Cable[]> {
  // A bare date as `until` means "up to the end of that day", as in search.
  const until = query.until && query.until.length === 10 ? `${query.until}T23:59:59.999Z` : query.until;
  const wanted = (cable: Cable) =>
    (!query.issue || cable.issues.includes(query.issue)) &&
    (!query.conference || cable.conference === query.conference) &&
    (!query.from || cable.registeredAt >= query.from) &&
    (!until || cable.registeredAt <= until);
  const cables: Cable[] = [];
  for (let last = 0; ; ) {
    const page = await services.store.registry.readableAfter(reader, last, PAGE);
    for (const { cable } of page) if (wanted(cable)) cables.push(cable);
    if (page.length < PAGE) return cables;
    last = page[page.length - 1]!.cable.seq;
  }
}

function titleOf(query: DossierQuery): string {
  const parts: string[] = [];
  if (query.issue) parts.push(`issue ${query.issue}`);
  if (query.conference) parts.push(`conference ${query.conference}`);
  if (query.from || query.until)
    parts.push(`from ${query.from ?? 'the first cable'} to ${query.until ?? 'the last'}`);
  return `Dossier: ${parts.join(', ')}`;
}

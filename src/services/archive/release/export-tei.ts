import { z } from 'zod';
import { CABLE_REFERENCE, instantOf, invalidInput, PARTICIPANT_ID } from '../../../core/index.js';
import { recordAudit } from '../../integrity/record-audit.js';
import { directorySnapshot } from '../../organisation/directory-snapshot.js';
import { parseInput } from '../../parse-input.js';
import type { Services } from '../../services.js';
import { type ReleasedView, releasedCables } from './read-released.js';
import { type TeiContext, teiCorpusParts, teiOfCable } from './tei-document.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 1945-09-11');

export const TeiExportQuerySchema = z.strictObject({
  cable: CABLE_REFERENCE.optional().meta({ description: 'One cable as one TEI document' }),
  conference: PARTICIPANT_ID.optional(),
  from: date.optional(),
  until: date.optional(),
});

/** The settings key that maps a series code to its archive reference (fond, opis, delo). */
export const ARCHIVE_REFERENCES = 'archive-references';

/**
 * TEI P5 of what `person` may read (null: the public, who read only what is
 * released, redacted): one `TEI` for `cable`, else a `teiCorpus` of the
 * conference or period asked for, in chain order. A cable the caller may not
 * read is refused exactly as a missing one, before anything is written.
 */
export async function exportTei(services: Services, person: string | null, input: unknown) {
  const query = parseInput(TeiExportQuerySchema, input, 'query');
  const views = await readableViews(services, person);
  const context = await contextOf(services, views);
  if (query.cable !== undefined) {
    const found = await services.store.registry.resolveReference(query.cable);
    const view = views.find((v) => v.cable.seq === found?.seq);
    if (!view) throw invalidInput('cable', `no cable '${query.cable}' that you may read`);
    if (person !== null) await recordAudit(services, person, 'released.export', view.cable.number);
    return { single: true as const, xml: teiOfCable(view, context), count: 1 };
  }
  const from = query.from ? instantOf(query.from) : '';
  const until = query.until ? `${query.until}T23:59:59.999Z` : '\uffff';
  const chosen = views.filter(
    ({ cable }) =>
      (!query.conference || cable.conference === query.conference) &&
      cable.registeredAt >= from &&
      cable.registeredAt <= until,
  );
  if (person !== null)
    await recordAudit(services, person, 'released.export', null, { cables: chosen.length });
  const title = query.conference ? `Cables of ${query.conference}` : 'Cables';
  return { single: false as const, xml: corpusLines(title, chosen, context), count: chosen.length };
}

function* corpusLines(title: string, views: readonly ReleasedView[], context: TeiContext) {
  yield teiCorpusParts.open(title);
  for (const view of views) yield teiCorpusParts.cable(view, context);
  yield teiCorpusParts.close;
}

/** What the caller may read: their own cables whole, and what is released to them or the public, redacted; by chain position. */
async function readableViews(services: Services, person: string | null): Promise<ReleasedView[]> {
  const bySeq = new Map<number, ReleasedView>();
  for await (const view of releasedCables(services, person)) bySeq.set(view.cable.seq, view);
  if (person !== null) {
    for (let after = 0; ; ) {
      const page = await services.store.registry.readableAfter(person, after, 500);
      for (const { cable } of page)
        if (cable.kind !== 'setup' && cable.kind !== 'release')
          bySeq.set(cable.seq, {
            cable: { ...cable, payload: null },
            parts: [{ text: cable.body }],
            redactions: [],
            withheld: cable.captions.includes('READ-OUT') ? 'READ-OUT' : null,
          });
      if (page.length < 500) break;
      after = page.at(-1)!.cable.seq;
    }
  }
  return [...bySeq.values()].sort((a, b) => a.cable.seq - b.cable.seq);
}

async function contextOf(services: Services, views: readonly ReleasedView[]): Promise<TeiContext> {
  const directory = await directorySnapshot(services.store);
  const references = JSON.parse((await services.store.settings.get(ARCHIVE_REFERENCES)) ?? '{}') as Record<
    string,
    string
  >;
  const numberOf = new Map(views.map(({ cable }) => [cable.id, cable.number]));
  const nextOf = new Map<string, string>();
  for (const { cable } of views)
    if (cable.inReplyTo && numberOf.has(cable.inReplyTo) && !nextOf.has(cable.inReplyTo))
      nextOf.set(cable.inReplyTo, cable.number);
  const groups = new Set(directory.groups.map((group) => group.id));
  return {
    nameOf: (id) =>
      groups.has(id) ? (directory.groups.find((g) => g.id === id)?.name ?? id) : directory.nameOf(id),
    placeOf: (id, at) => {
      const post = directory.postOf(id, at);
      return directory.posts.find((p) => p.id === post)?.place || null;
    },
    isGroup: (id) => groups.has(id),
    archiveReferenceOf: (series) => references[series] ?? null,
    previousOf: ({ cable }) => (cable.inReplyTo ? (numberOf.get(cable.inReplyTo) ?? null) : null),
    nextOf: ({ cable }) => nextOf.get(cable.id) ?? null,
  };
}

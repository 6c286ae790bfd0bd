import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { ReleasedView } from './read-released.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** What a TEI document says of the people, places and archive around a cable: looked up by the caller. */
export interface TeiContext {
  nameOf(id: string): string;
  /** The place of the post a person held at an instant, if known. */
  placeOf(id: string, at: string): string | null;
  isGroup(id: string): boolean;
  /** The archive's reference for a series (fond, opis, delo), if one is set. */
  archiveReferenceOf(series: string): string | null;
  /** The registry numbers of the cables before and after this one in its thread, within the export. */
  previousOf(view: ReleasedView): string | null;
  nextOf(view: ReleasedView): string | null;
}

/**
 * One cable as a TEI P5 document (issue 15): the registry number as an
 * `idno`, the archive's reference, `correspDesc` (sent and received, with
 * persons, places and dates; the previous and next cable of the thread),
 * classification and captions, issue tags as keywords, and each struck
 * passage as a `gap` with its reason and the hash of what it struck.
 */
export function teiOfCable(view: ReleasedView, context: TeiContext): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  appendTei(doc, view, context, true);
  return doc.end({ prettyPrint: true });
}

/** Cables as a `teiCorpus` with its own header: a conference, a thread, a period, or all the caller may read. */
export function teiCorpusOf(title: string, views: readonly ReleasedView[], context: TeiContext): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const corpus = doc.ele(TEI_NS, 'teiCorpus');
  headerOf(corpus, title, [{ type: 'cables', text: String(views.length) }], null);
  for (const view of views) appendTei(corpus, view, context, false);
  return doc.end({ prettyPrint: true });
}

/** The corpus's opening tag, one cable's TEI and the closing tag, for writing a long export as a stream. */
export const teiCorpusParts = {
  open(title: string): string {
    const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(TEI_NS, 'teiCorpus');
    headerOf(doc, title, [], null);
    const xml = doc.end({ prettyPrint: true });
    return `${xml.slice(0, xml.lastIndexOf('</teiCorpus>'))}`;
  },
  cable(view: ReleasedView, context: TeiContext): string {
    const fragment = create();
    appendTei(fragment, view, context, true);
    return `${fragment.end({ headless: true, prettyPrint: true })}\n`;
  },
  close: '</teiCorpus>\n',
};

function appendTei(parent: XMLBuilder, view: ReleasedView, context: TeiContext, withNamespace: boolean) {
  const { cable } = view;
  const tei = withNamespace ? parent.ele(TEI_NS, 'TEI') : parent.ele('TEI');
  const archive = context.archiveReferenceOf(cable.series.split('/')[0]!);
  const header = headerOf(
    tei,
    `${cable.number}: ${cable.subject}`,
    [{ type: 'registry', text: cable.number }, ...(archive ? [{ type: 'archive', text: archive }] : [])],
    cable.classification,
  );
  const profile = header.ele('profileDesc');
  const corresp = profile.ele('correspDesc');
  const sent = corresp.ele('correspAction', { type: 'sent' });
  sent.ele('persName', { ref: `#${cable.author}` }).txt(context.nameOf(cable.author));
  const from = context.placeOf(cable.author, cable.registeredAt);
  if (from) sent.ele('placeName').txt(from);
  sent.ele('date', { when: cable.registeredAt });
  const received = corresp.ele('correspAction', { type: 'received' });
  for (const id of cable.to) {
    received.ele(context.isGroup(id) ? 'orgName' : 'persName', { ref: `#${id}` }).txt(context.nameOf(id));
    const place = context.isGroup(id) ? null : context.placeOf(id, cable.registeredAt);
    if (place) received.ele('placeName').txt(place);
  }
  const previous = context.previousOf(view);
  const next = context.nextOf(view);
  if (previous || next) {
    const around = corresp.ele('correspContext');
    if (previous) around.ele('ref', { type: 'previous', target: `#${idOf(previous)}` }).txt(previous);
    if (next) around.ele('ref', { type: 'next', target: `#${idOf(next)}` }).txt(next);
  }
  const textClass = profile.ele('textClass');
  textClass.ele('classCode', { scheme: '#classification' }).txt(cable.classification);
  if (cable.issues.length > 0) {
    const keywords = textClass.ele('keywords', { scheme: '#issues' });
    for (const issue of cable.issues) keywords.ele('term').txt(issue);
  }
  if (cable.captions.length > 0) {
    const keywords = textClass.ele('keywords', { scheme: '#captions' });
    for (const caption of cable.captions) keywords.ele('term').txt(caption);
  }
  const body = tei.ele('text', { 'xml:id': idOf(cable.number) }).ele('body');
  const div = body.ele('div', { type: cable.kind });
  div.ele('head').txt(cable.subject);
  if (view.withheld) {
    div.ele('p').ele('gap', { reason: 'withheld' }).ele('desc').txt('READ-OUT: shown, never exported');
    return;
  }
  paragraphsOf(div, view);
}

function headerOf(
  parent: XMLBuilder,
  title: string,
  idnos: { type: string; text: string }[],
  classification: string | null,
) {
  const header = parent.ele('teiHeader');
  const file = header.ele('fileDesc');
  file.ele('titleStmt').ele('title').txt(title);
  const publication = file.ele('publicationStmt');
  publication.ele('publisher').txt('plenipo registry');
  if (classification) publication.ele('availability').ele('p').txt(`Classification: ${classification}`);
  const bibl = file.ele('sourceDesc').ele('bibl');
  bibl.ele('title').txt(title);
  for (const { type, text } of idnos) bibl.ele('idno', { type }).txt(text);
  return header;
}

/** The released text as paragraphs (blank lines part them), each struck passage a `gap`. */
function paragraphsOf(div: XMLBuilder, view: ReleasedView) {
  let paragraph = div.ele('p');
  const struck = [...view.redactions].sort((a, b) => a.start - b.start);
  let gaps = 0;
  for (const part of view.parts) {
    if ('gap' in part) {
      const hash = struck[gaps++]?.hash;
      paragraph
        .ele('gap', { reason: 'redacted' })
        .ele('desc')
        .txt(`${part.gap.reason}${hash ? ` (SHA-256 of the struck text: ${hash})` : ''}`);
      continue;
    }
    const pieces = part.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraph = div.ele('p');
      if (piece) paragraph.txt(piece);
    });
  }
}

/** An xml:id for a registry number: `LONTO 0007` → `c-LONTO-0007`. */
function idOf(number: string): string {
  return `c-${number.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

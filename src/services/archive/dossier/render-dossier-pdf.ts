import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { PrintedCable, PrintedDossier } from './printed-dossier.js';

// DejaVu (Bitstream Vera licence, free to embed) covers Latin and Cyrillic: the London cables are in both.
const FONTS = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const SERIF = join(FONTS, 'DejaVuSerif.ttf');
const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');
const SANS = join(FONTS, 'DejaVuSans.ttf');
const MONO = join(FONTS, 'DejaVuSansMono.ttf');

const MARGIN = 64;

/**
 * Typesets a dossier as a PDF: a title page, then each cable from a new page,
 * with its classification (and captions) as a banner at the top and bottom
 * of every page it covers, and "page n of m" on each.
 */
export function renderDossierPdf(dossier: PrintedDossier): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: dossier.title, Creator: 'plenipo' },
  });
  doc
    .registerFont('serif', SERIF)
    .registerFont('bold', BOLD)
    .registerFont('sans', SANS)
    .registerFont('mono', MONO);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  /** The banner of each page, by page index: the cable printed on it. */
  const banners: string[] = [];
  let banner = highestOf(dossier);
  doc.on('pageAdded', () => banners.push(banner));
  banners.push(banner);
  printTitlePage(doc, dossier);
  for (const cable of dossier.cables) {
    banner = bannerOf(cable);
    doc.addPage();
    printCable(doc, cable);
  }
  stampPages(doc, banners);
  doc.end();
  return done;
}

function bannerOf(cable: Pick<PrintedCable, 'classification' | 'captions'>): string {
  return [cable.classification, ...cable.captions].join(' — ');
}

/** The title page's banner: every classification and caption the dossier holds. */
function highestOf(dossier: PrintedDossier): string {
  const marks = new Set<string>();
  for (const cable of dossier.cables)
    for (const mark of [cable.classification, ...cable.captions]) marks.add(mark);
  return [...marks].join(' / ');
}

function printTitlePage(doc: PDFKit.PDFDocument, dossier: PrintedDossier) {
  doc.font('bold').fontSize(20).text(dossier.title, { align: 'center' }).moveDown();
  doc.font('sans').fontSize(11);
  doc.text(`Printed for ${dossier.printedFor} at ${dossier.printedAt}`, { align: 'center' });
  doc.text(`${dossier.cables.length} cable${dossier.cables.length === 1 ? '' : 's'}`, { align: 'center' });
  doc.moveDown(2).fontSize(10);
  for (const cable of dossier.cables)
    doc.text(`${cable.number}  ${cable.registeredAt.slice(0, 10)}  ${cable.subject}`);
}

function printCable(doc: PDFKit.PDFDocument, cable: PrintedCable) {
  doc.font('bold').fontSize(16).text(cable.number);
  doc.font('bold').fontSize(12).text(cable.subject).moveDown(0.5);
  const field = (label: string, value: string) =>
    doc.font('bold').fontSize(9).text(`${label}: `, { continued: true }).font('sans').text(value);
  field('Precedence', cable.precedence);
  field('Classification', bannerOf(cable));
  field('Kind', cable.kind);
  field('From', cable.author);
  field('To', cable.to.join(', ') || '—');
  if (cable.info.length > 0) field('Info', cable.info.join(', '));
  if (cable.notTo.length > 0) field('Not to', cable.notTo.join(', '));
  field('Registered', cable.registeredAt);
  if (cable.conference) field('Conference', cable.conference);
  if (cable.issues.length > 0) field('Issues', cable.issues.join(', '));
  if (cable.inReplyTo) field('In reply to', cable.inReplyTo);
  doc.moveDown();
  if (cable.body === null) {
    doc.font('bold').fontSize(11).text('READ-OUT: shown on screen only, never printed.', { align: 'center' });
  } else {
    doc.font('serif').fontSize(11).text(cable.body, { align: 'left', lineGap: 2 });
  }
  if (cable.moves.length > 0) printMoves(doc, cable);
  printVerification(doc, cable);
}

function printMoves(doc: PDFKit.PDFDocument, cable: PrintedCable) {
  doc.moveDown().font('bold').fontSize(10).text('Moves reported');
  for (const move of cable.moves) {
    doc.font('sans').fontSize(9).text(`• ${move.issue} (${move.side}): ${move.summary}`);
    if (move.verdict)
      doc
        .font('bold')
        .text(`   Verdict: ${move.verdict}`, { continued: !!move.explanation })
        .font('sans')
        .text(move.explanation ? ` — ${move.explanation}` : '');
  }
}

function printVerification(doc: PDFKit.PDFDocument, cable: PrintedCable) {
  doc.moveDown().font('bold').fontSize(10).text('Verification');
  doc.font('sans').fontSize(9);
  doc.text(
    cable.signature.verified
      ? `Signature verified: signed by ${cable.signature.by} with the key the chain pinned before it${cable.signature.pinnedBy ? ` (by ${cable.signature.pinnedBy})` : ''}.`
      : `Signature NOT verified: it does not hold under ${cable.signature.by}'s key pinned before it.`,
  );
  doc.text('Chain hash: ', { continued: true }).font('mono').text(cable.hash);
  if (cable.head) {
    doc
      .font('sans')
      .text(`Covered by the registry head signed at ${cable.head.signedAt}, hash `, { continued: true });
    doc.font('mono').text(cable.head.hash);
    doc.font('sans').text('Server key: ', { continued: true }).font('mono').text(cable.head.publicKey);
  } else {
    doc.font('sans').text('Not yet covered by a signed registry head.');
  }
}

/** The banners and page numbers, drawn on every page once all are laid out. */
function stampPages(doc: PDFKit.PDFDocument, banners: readonly string[]) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Drawn inside the margins, which would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = banners[i] ?? '';
    doc.font('bold').fontSize(10);
    doc.text(text, 0, 28, { width, align: 'center', lineBreak: false });
    doc.text(text, 0, height - 40, { width, align: 'center', lineBreak: false });
    doc.font('sans').fontSize(8);
    doc.text(`Page ${i + 1} of ${count}`, MARGIN, height - 26, {
      width: width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

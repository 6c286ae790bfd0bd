import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintedCable } from '../src/services/archive/dossier/printed-dossier.js';
import { renderDossierPdf } from '../src/services/archive/dossier/render-dossier-pdf.js';
import { report } from './report.js';

const CABLES = Number(process.env.BENCH_DOSSIER_CABLES ?? 500);
const CEILING_MS = 60_000;

/** A paragraph of a cable's text, in Russian and English as the London cables were. */
const PARAGRAPH =
  'The delegation holds to the instructions of the centre on the composition of the council. ' +
  'Делегация придерживается указаний центра о составе совета и не уступает в вопросе о мирных договорах. ';

function aPrintedCable(i: number): PrintedCable {
  return {
    number: `BENCH ${String(i + 1).padStart(4, '0')}`,
    classification: i % 3 === 0 ? 'TOP SECRET' : 'SECRET',
    captions: i % 7 === 0 ? ['EYES ONLY'] : [],
    precedence: 'PRIORITY',
    kind: 'report',
    author: 'Vyacheslav Molotov',
    to: ['Joseph Stalin'],
    info: ['Lavrentiy Beria', 'Georgy Malenkov'],
    notTo: [],
    subject: `Report ${i + 1} on the council of ministers`,
    registeredAt: '1945-12-06T10:00:00.000Z',
    issues: ['council', 'peace-treaties'],
    conference: 'london-1945',
    inReplyTo: null,
    // About a page and a half of text: each cable starts a page, so the dossier runs to two pages a cable.
    body: Array.from({ length: 14 }, () => PARAGRAPH).join('\n\n'),
    signature: { verified: true, by: 'Vyacheslav Molotov', pinnedBy: 'REG 0002' },
    hash: 'a'.repeat(64),
    head: { signedAt: '1945-12-31T23:59:59.000Z', hash: 'b'.repeat(64), publicKey: `${'c'.repeat(43)}=` },
    moves: [],
  };
}

/**
 * dossier-pdf: typesetting a dossier of 500 long cables (about 1,000 pages,
 * counted by pdfinfo) against a ceiling of one minute; the baseline is
 * serialising the same printed rows to JSON in the same run.
 */
export async function benchDossierPdf(): Promise<void> {
  const cables = Array.from({ length: CABLES }, (_, i) => aPrintedCable(i));
  const dossier = { title: 'Dossier: bench', printedFor: 'Bench', printedAt: '2026-12-05T00:00:00Z', cables };
  const jsonStarted = performance.now();
  const json = JSON.stringify(dossier);
  const jsonMs = performance.now() - jsonStarted;
  const started = performance.now();
  const pdf = await renderDossierPdf(dossier);
  const pdfMs = performance.now() - started;
  const dir = mkdtempSync(join(tmpdir(), 'plenipo-bench-pdf-'));
  let pages = Number.NaN;
  try {
    writeFileSync(join(dir, 'dossier.pdf'), pdf);
    const info = execFileSync('pdfinfo', [join(dir, 'dossier.pdf')], { encoding: 'utf8' });
    pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report({
    name: 'dossier-pdf pages',
    value: pages,
    unit: 'pages',
    note: `${CABLES} cables, ${pdf.length} bytes`,
  });
  report({
    name: 'dossier-pdf time',
    value: pdfMs,
    unit: 'ms',
    ceiling: CEILING_MS,
    ratio: pdfMs / CEILING_MS,
  });
  report({
    name: 'dossier-pdf against JSON of the same rows',
    value: pdfMs,
    unit: 'ms',
    ratio: pdfMs / jsonMs,
    note: `JSON.stringify of the same rows: ${jsonMs.toFixed(1)} ms, ${json.length} bytes`,
  });
}

import { type Cable, canonicalSignedEnvelope, hasCaption } from '../../../core/index.js';
import { recordAudit } from '../../integrity/record-audit.js';
import { scopeOf } from '../../mandates/reader-scope.js';
import { movesWithVerdicts } from '../../mandates/view-moves.js';
import { directorySnapshot } from '../../organisation/directory-snapshot.js';
import type { Services } from '../../services.js';
import { headCovering } from '../bundle/head-covering.js';
import { selectDossier } from './dossier-selection.js';
import type { PrintedCable, PrintedDossier } from './printed-dossier.js';
import { renderDossierPdf } from './render-dossier-pdf.js';

/**
 * A printable PDF of the cables a query names, among those `reader` may read:
 * each with its addressing, text, the verdicts on its moves as the reader sees
 * them, whether its signature holds under the key the chain pinned, and the
 * signed registry head that covers it. A READ-OUT cable is listed but its
 * text never printed. The export is audited.
 */
export async function printDossier(services: Services, reader: string, input: unknown): Promise<Buffer> {
  return renderDossierPdf(await composeDossier(services, reader, input));
}

/** The dossier as it will be printed, every fact looked up in the reader's scope. */
export async function composeDossier(
  services: Services,
  reader: string,
  input: unknown,
): Promise<PrintedDossier> {
  const selection = await selectDossier(services, reader, input);
  await recordAudit(services, reader, 'cables.export', null, { format: 'pdf', ...(input as object) });
  const directory = await directorySnapshot(services.store);
  const head = await headCovering(services, Math.max(...selection.cables.map((cable) => cable.seq)));
  const verdicts = await movesWithVerdicts(scopeOf(services, reader), selection.cables);
  const numbers = new Map(selection.cables.map((cable) => [cable.id, cable.number]));
  const pinnedBy = entryNumbers(services, reader);
  const cables: PrintedCable[] = [];
  for (const cable of selection.cables) {
    const key = keyOf(directory.state.people[cable.author]?.keys ?? [], cable.seq);
    const verified =
      key !== null && services.keyring.verify(key.publicKey, canonicalSignedEnvelope(cable), cable.signature);
    cables.push({
      ...addressingOf(cable, directory.nameOf),
      inReplyTo: cable.inReplyTo
        ? (numbers.get(cable.inReplyTo) ?? (await readableNumber(services, reader, cable.inReplyTo)))
        : null,
      body: hasCaption(cable, 'READ-OUT') ? null : cable.body,
      signature: {
        verified,
        by: directory.nameOf(cable.author),
        pinnedBy: key ? await pinnedBy(key.fromSeq) : null,
      },
      hash: cable.hash,
      head: { signedAt: head.signedAt, hash: head.hash, publicKey: head.publicKey },
      moves: (verdicts.get(cable.seq) ?? []).map(({ move, verdict }) => ({
        side: move.side,
        issue: move.issue,
        summary: move.summary,
        verdict: verdict?.verdict ?? null,
        explanation: verdict?.explanation ?? null,
      })),
    });
  }
  return { title: selection.title, printedFor: directory.nameOf(reader), printedAt: services.now(), cables };
}

function addressingOf(cable: Cable, nameOf: (id: string) => string) {
  return {
    number: cable.number,
    classification: cable.classification,
    captions: [...cable.captions],
    precedence: cable.precedence,
    kind: cable.kind,
    author: cable.alias ? `${nameOf(cable.author)} (as ${cable.alias})` : nameOf(cable.author),
    to: cable.to.map(nameOf),
    info: cable.info.map(nameOf),
    notTo: cable.exclude.map(nameOf),
    subject: cable.subject,
    registeredAt: cable.registeredAt,
    issues: [...cable.issues],
    conference: cable.conference,
  };
}

/** The key pinned for an author before chain position `seq` (the rule of `keyInForce`), with the position that set it. */
function keyOf(keys: readonly { publicKey: string; fromSeq: number }[], seq: number) {
  return keys.filter((pin) => pin.fromSeq < seq).at(-1) ?? null;
}

/**
 * The registry numbers of setup entries by position, looked up once each, and
 * only for entries `reader` may read: a number in a series they do not read would count its entries.
 */
function entryNumbers(services: Services, reader: string) {
  const known = new Map<number, string | null>();
  return async (seq: number) => {
    if (!known.has(seq)) {
      const entry = await services.store.registry.atSeq(seq);
      known.set(seq, entry?.readers.includes(reader) ? entry.number : null);
    }
    return known.get(seq)!;
  };
}

/** The number of a cable answered, only when the reader may read it too. */
async function readableNumber(services: Services, reader: string, id: string): Promise<string | null> {
  return (await services.store.registry.readable(reader, id))?.cable.number ?? null;
}

import {
  type Cable,
  chainHash,
  EMPTY_REGISTRY,
  formatRegistryNumber,
  type RegistryHead,
} from '../../src/core/index.js';
import { sha256Hex } from '../../src/services/keyring.js';
import type { SqliteConnection } from '../../src/store/sqlite/sqlite-driver.js';
import { DeliveriesByReader } from './deliveries-by-reader.js';
import { CABLE_COLUMNS, type SignedDraft } from './signed-draft.js';

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const column = (name: (typeof CABLE_COLUMNS)[number]) => CABLE_COLUMNS.indexOf(name);
const NUMBER = column('number');
const SERIES_SEQ = column('seriesSeq');
const READERS = column('readers');
const PREV_HASH = column('prevHash');
const HASH = column('hash');

/**
 * The canonical chained envelope (core/cable/canonical-envelope.ts), assembled
 * around the canonical signed envelope the worker already made: RFC 8785 sorts
 * the keys (number, prevHash, readers, registeredAt, seq, seriesSeq, signature,
 * signed), and its strings, integers and lists of ids read as JSON.stringify
 * writes them (`readersJson` is already their JSON).
 */
function chainedText(
  draft: SignedDraft,
  {
    number,
    prevHash,
    seriesSeq,
    readersJson,
  }: { number: string; prevHash: string; seriesSeq: number; readersJson: string },
): string {
  return `{"number":${JSON.stringify(number)},"prevHash":${JSON.stringify(prevHash)},"readers":${readersJson},"registeredAt":${JSON.stringify(draft.registeredAt)},"seq":${draft.seq},"seriesSeq":${seriesSeq},"signature":${JSON.stringify(draft.signature)},"signed":${draft.signedText}}`;
}

/**
 * Appends signed drafts to a SQLite registry the way the store's append does
 * (numbered in their series, chained as the core's chainHash chains, indexed:
 * deliveries, issues, links, and the FTS5 text index), but through prepared
 * statements in large transactions: the registry is built here, not measured.
 * Deliveries are held back and written by `finish`, in primary-key order.
 */
export class RegistryWriter {
  #head: RegistryHead;
  /** Drafts are numbered from 1; the chain already holds the organisation's setup entries before them. */
  readonly #offset: number;
  readonly #inSeries = new Map<string, number>();
  readonly #seqOfId = new Map<string, number>();
  readonly #deliveries = new DeliveriesByReader();
  readonly #insertCable;
  readonly #insertIssue;
  readonly #insertLink;
  readonly #insertText;

  constructor(
    private readonly db: SqliteConnection,
    head: RegistryHead = EMPTY_REGISTRY,
  ) {
    this.#head = head;
    this.#offset = head.seq;
    this.#insertCable = db.prepare(
      `insert into cables (${CABLE_COLUMNS.map(snake).join(', ')}) values (${CABLE_COLUMNS.map(() => '?').join(', ')})`,
    );
    this.#insertIssue = db.prepare('insert into cable_issues (issue, cable_seq) values (?, ?)');
    this.#insertLink = db.prepare('insert into cable_links (from_seq, to_seq) values (?, ?)');
    this.#insertText = db.prepare('insert into cables_fts (rowid, subject, body) values (?, ?, ?)');
  }

  append(draft: SignedDraft): void {
    const seq = this.#head.seq + 1;
    if (draft.seq + this.#offset !== seq)
      throw new Error(`generated cable ${draft.seq} came where cable ${seq - this.#offset} was due`);
    draft.seq = seq;
    draft.row[column('seq')] = seq;
    const seriesSeq = (this.#inSeries.get(draft.series) ?? 0) + 1;
    this.#inSeries.set(draft.series, seriesSeq);
    const number = formatRegistryNumber({ series: draft.series, sequence: seriesSeq });
    const prevHash = this.#head.hash;
    const row = draft.row;
    const readersJson = row[READERS] as string;
    const hash = sha256Hex(chainedText(draft, { number, prevHash, seriesSeq, readersJson }));
    row[NUMBER] = number;
    row[SERIES_SEQ] = seriesSeq;
    row[PREV_HASH] = prevHash;
    row[HASH] = hash;
    // The text is assembled here for speed; the core's chainHash stays the authority, checked on a sample.
    if (seq % 997 === 1 && chainHash(cableOf(draft, row), sha256Hex) !== hash)
      throw new Error(`generated cable ${seq}: the assembled chained envelope differs from the core's`);
    this.#insertCable.run(row);
    this.#insertText.run(seq, row[column('subject')], row[column('body')]);
    for (const issue of draft.issues) this.#insertIssue.run(issue, seq);
    for (const toSeq of new Set(draft.linked.map((id) => this.#seqOfId.get(id)!)))
      this.#insertLink.run(seq, toSeq);
    for (let k = 0; k < draft.readers.length; k += 1) {
      const reader = draft.readers[k]!;
      this.#deliveries.add(reader, seq, draft.precedenceRank, draft.readAt[k]!, reader === draft.author);
    }
    this.#seqOfId.set(draft.id, seq);
    // Replies look back at most 100 cables; forget older ids.
    if (this.#seqOfId.size > 4096) {
      for (const [id, older] of this.#seqOfId) if (older < seq - 200) this.#seqOfId.delete(id);
    }
    this.#head = { seq, hash };
  }

  /** Writes the deliveries held back; returns per person the cables they may read, and their inbox's share. */
  finish(): Map<string, { all: number; inbox: number }> {
    this.#deliveries.write(this.db);
    return this.#deliveries.counts();
  }
}

/** The registered cable a row holds, for the core's chainHash: the signed envelope is the signed text. */
function cableOf(draft: SignedDraft, row: SignedDraft['row']): Omit<Cable, 'hash'> {
  return {
    ...JSON.parse(draft.signedText),
    seq: draft.seq,
    number: row[NUMBER],
    seriesSeq: row[SERIES_SEQ],
    registeredAt: draft.registeredAt,
    readers: JSON.parse(row[READERS] as string),
    signature: draft.signature,
    prevHash: row[PREV_HASH],
  };
}

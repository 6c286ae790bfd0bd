import {
  type Cable,
  chainHash,
  EMPTY_REGISTRY,
  formatRegistryNumber,
  type RegistryHead,
} from '../../src/core/index.js';
import { sha256Hex } from '../../src/services/keyring.js';
import { indexRowsOf, rowFromCable } from '../../src/store/cable-row.js';
import type { SqliteConnection } from '../../src/store/sqlite/sqlite-driver.js';
import type { SignedDraft } from './draft-worker.js';
import { Random } from './random.js';

const CABLE_COLUMNS = [
  'seq',
  'id',
  'number',
  'series',
  'seriesSeq',
  'registeredAt',
  'author',
  'alias',
  'toList',
  'infoList',
  'excludeList',
  'via',
  'precedence',
  'classification',
  'captions',
  'kind',
  'subject',
  'issues',
  'conference',
  'inReplyTo',
  'refs',
  'body',
  'payload',
  'readers',
  'signature',
  'prevHash',
  'hash',
];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The canonical chained envelope (core/cable/canonical-envelope.ts), assembled
 * around the canonical signed envelope the worker already made: RFC 8785 sorts
 * the keys (number, prevHash, readers, registeredAt, seq, seriesSeq, signature,
 * signed), and its strings, integers and lists of ids read as JSON.stringify writes them.
 */
function chainedText(cable: Omit<Cable, 'hash'>, signedText: string): string {
  return `{"number":${JSON.stringify(cable.number)},"prevHash":${JSON.stringify(cable.prevHash)},"readers":${JSON.stringify(cable.readers)},"registeredAt":${JSON.stringify(cable.registeredAt)},"seq":${cable.seq},"seriesSeq":${cable.seriesSeq},"signature":${JSON.stringify(cable.signature)},"signed":${signedText}}`;
}

/**
 * Appends signed drafts to a SQLite registry the way the store's append does
 * (numbered in their series, chained by the core's chainHash, indexed by
 * indexRowsOf: deliveries, issues, links; and the FTS5 text index), but through
 * prepared statements in large transactions: the registry is built here, not
 * measured. Deliveries are then marked read as readers would have read them:
 * most older cables, fewer recent ones.
 */
export class RegistryWriter {
  #head: RegistryHead = EMPTY_REGISTRY;
  readonly #inSeries = new Map<string, number>();
  readonly #seqOfId = new Map<string, number>();
  readonly #insertCable;
  readonly #insertDelivery;
  readonly #insertIssue;
  readonly #insertLink;
  readonly #insertText;
  /** Per person: cables they may read, and those of them not their own (their inbox). */
  readonly readable = new Map<string, { all: number; inbox: number }>();

  constructor(
    db: SqliteConnection,
    private readonly seed: number,
    private readonly cables: number,
  ) {
    this.#insertCable = db.prepare(
      `insert into cables (${CABLE_COLUMNS.map(snake).join(', ')}) values (${CABLE_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    this.#insertDelivery = db.prepare(
      'insert into deliveries (person_id, cable_seq, precedence_rank, unread, read_at) values (?, ?, ?, ?, ?)',
    );
    this.#insertIssue = db.prepare('insert into cable_issues (issue, cable_seq) values (?, ?)');
    this.#insertLink = db.prepare('insert into cable_links (from_seq, to_seq) values (?, ?)');
    this.#insertText = db.prepare('insert into cables_fts (rowid, subject, body) values (?, ?, ?)');
  }

  append({ envelope, registeredAt, readers, signature, signedText }: SignedDraft): Cable {
    const seriesSeq = (this.#inSeries.get(envelope.series) ?? 0) + 1;
    this.#inSeries.set(envelope.series, seriesSeq);
    const unsealed = {
      ...envelope,
      seq: this.#head.seq + 1,
      number: formatRegistryNumber({ series: envelope.series, sequence: seriesSeq }),
      seriesSeq,
      registeredAt,
      readers,
      signature,
      prevHash: this.#head.hash,
    };
    const cable: Cable = { ...unsealed, hash: sha256Hex(chainedText(unsealed, signedText)) };
    // The text is assembled here for speed; the core's chainHash stays the authority, checked on a sample.
    if (cable.seq % 997 === 1 && chainHash(unsealed, sha256Hex) !== cable.hash) {
      throw new Error(`generated cable ${cable.seq}: the assembled chained envelope differs from the core's`);
    }
    const linked = [cable.inReplyTo, ...cable.refs]
      .filter((id): id is string => id !== null)
      .map((id) => this.#seqOfId.get(id)!);
    const index = indexRowsOf(cable, linked);
    this.#insertCable.run(rowFromCable(cable));
    const random = new Random(this.seed, 13, cable.seq);
    // Cables in the last 2% of the registry are recent: most still unread. Older ones mostly read.
    const recent = cable.seq > this.cables * 0.98;
    for (const delivery of index.deliveries) {
      const read = delivery.unread === 1 && random.chance(recent ? 0.3 : 0.9);
      const readAt = read
        ? new Date(Date.parse(registeredAt) + random.below(3 * 24 * 3600_000)).toISOString()
        : delivery.readAt;
      this.#insertDelivery.run(
        delivery.personId,
        delivery.cableSeq,
        delivery.precedenceRank,
        read ? 0 : delivery.unread,
        readAt,
      );
      const counts = this.readable.get(delivery.personId) ?? { all: 0, inbox: 0 };
      counts.all += 1;
      if (delivery.personId !== cable.author) counts.inbox += 1;
      this.readable.set(delivery.personId, counts);
    }
    for (const issue of index.issues) this.#insertIssue.run(issue.issue, issue.cableSeq);
    for (const link of index.links) this.#insertLink.run(link.fromSeq, link.toSeq);
    this.#insertText.run(cable.seq, cable.subject, cable.body);
    this.#seqOfId.set(cable.id, cable.seq);
    // Replies look back at most 100 cables; forget older ids.
    if (this.#seqOfId.size > 4096) {
      for (const [id, seq] of this.#seqOfId) if (seq < cable.seq - 200) this.#seqOfId.delete(id);
    }
    this.#head = { seq: cable.seq, hash: cable.hash };
    return cable;
  }
}

import type { SqliteConnection } from '../../src/store/sqlite/sqlite-driver.js';

/** One reader's deliveries, in cable order, packed in growable typed arrays (12 million rows at 1M cables). */
class ReaderDeliveries {
  count = 0;
  /** Those of them not of the reader's own cables: their inbox. */
  inbox = 0;
  cableSeq = new Int32Array(64);
  precedenceRank = new Uint8Array(64);
  /** Ms since the epoch; NaN while unread. */
  readAt = new Float64Array(64);

  add(cableSeq: number, precedenceRank: number, readAt: number): void {
    if (this.count === this.cableSeq.length) {
      this.cableSeq = grown(this.cableSeq, new Int32Array(this.count * 2));
      this.precedenceRank = grown(this.precedenceRank, new Uint8Array(this.count * 2));
      this.readAt = grown(this.readAt, new Float64Array(this.count * 2));
    }
    this.cableSeq[this.count] = cableSeq;
    this.precedenceRank[this.count] = precedenceRank;
    this.readAt[this.count] = readAt;
    this.count += 1;
  }
}

function grown<T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Rows per insert statement: one call binds many rows, and the per-call cost dominated. */
const ROWS = 100;

/**
 * The deliveries of a registry being generated, held until its last cable and
 * then written in primary-key order (reader, cable): appended in cable order
 * instead, each row landed in a different reader's part of the table, and
 * those scattered inserts were the writer's largest cost.
 */
export class DeliveriesByReader {
  readonly #readers = new Map<string, ReaderDeliveries>();

  add(personId: string, cableSeq: number, precedenceRank: number, readAt: number, isOwn: boolean): void {
    let reader = this.#readers.get(personId);
    if (!reader) {
      reader = new ReaderDeliveries();
      this.#readers.set(personId, reader);
    }
    reader.add(cableSeq, precedenceRank, readAt);
    if (!isOwn) reader.inbox += 1;
  }

  /** Per person: cables they may read, and those of them not their own (their inbox). */
  counts(): Map<string, { all: number; inbox: number }> {
    return new Map(
      [...this.#readers].map(([id, reader]) => [id, { all: reader.count, inbox: reader.inbox }]),
    );
  }

  /** Inserts every delivery, readers in SQLite's text order (ids are ASCII: code-unit order is byte order). */
  write(db: SqliteConnection): void {
    const values = (rows: number) => Array.from({ length: rows }, () => '(?, ?, ?, ?, ?)').join(', ');
    const sql = (rows: number) =>
      `insert into deliveries (person_id, cable_seq, precedence_rank, unread, read_at) values ${values(rows)}`;
    const insertMany = db.prepare(sql(ROWS));
    const insertOne = db.prepare(sql(1));
    const bound: (string | number | null)[] = [];
    for (const id of [...this.#readers.keys()].sort()) {
      const reader = this.#readers.get(id)!;
      for (let k = 0; k < reader.count; k += 1) {
        const readAt = reader.readAt[k]!;
        const isUnread = Number.isNaN(readAt);
        bound.push(
          id,
          reader.cableSeq[k]!,
          reader.precedenceRank[k]!,
          isUnread ? 1 : 0,
          isUnread ? null : new Date(readAt).toISOString(),
        );
        if (bound.length === ROWS * 5) {
          insertMany.run(bound);
          bound.length = 0;
        }
      }
    }
    for (let k = 0; k < bound.length; k += 5) insertOne.run(bound.slice(k, k + 5));
  }
}

import { type Cable, canonicalSignedEnvelope, type SignedEnvelope } from '../../src/core/index.js';
import { indexRowsOf, rowFromCable } from '../../src/store/cable-row.js';
import type { DraftedCable } from './cable-drafts.js';
import { Random } from './random.js';

/** The cables table's columns, in the order a SignedDraft's `row` holds their values. */
export const CABLE_COLUMNS = [
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
] as const;

/**
 * A cable drafted and signed on a worker, carried to the writer as the rows it
 * becomes: everything but its number and chain, which only the writer, taking
 * cables in order, can give (`row` holds placeholders there).
 */
export interface SignedDraft {
  seq: number;
  /** The cables row's values, in CABLE_COLUMNS order, as the store's rowFromCable writes them. */
  row: (string | number | null)[];
  id: string;
  series: string;
  registeredAt: string;
  signature: string;
  /** The canonical signed envelope: the text signed, which the chain hash covers too. */
  signedText: string;
  /** The cable's distinct issue tags (cable_issues). */
  issues: string[];
  /** Ids of the cables it answers or refers to (cable_links). */
  linked: string[];
  /** Its deliveries: each reader, and when they read it (ms since the epoch; NaN while unread). */
  readers: string[];
  readAt: number[] | Float64Array;
  precedenceRank: number;
  author: string;
}

/**
 * Draft `i` of the registry, signed with its author's key as registerCable
 * signs, and turned into its rows by the store's own rowFromCable and
 * indexRowsOf. `seq` is i + 1: cables are registered in draft order.
 */
export function signedDraftOf(
  drafted: DraftedCable,
  i: number,
  sign: (author: string, text: string) => string,
  { seed, cables }: { seed: number; cables: number },
): SignedDraft {
  const { envelope, registeredAt, readers } = drafted;
  const signedText = signedTextOf(envelope);
  // The text is written here for speed; the core's canonical form stays the authority, checked on a sample.
  if (i % 997 === 0 && canonicalSignedEnvelope(envelope) !== signedText)
    throw new Error(`generated cable ${i + 1}: the signed text differs from the core's canonical envelope`);
  const signature = sign(envelope.author, signedText);
  // Number and chain are the writer's; rowFromCable and indexRowsOf do not read them.
  const cable: Cable = {
    ...envelope,
    seq: i + 1,
    number: '',
    seriesSeq: 0,
    registeredAt,
    readers,
    signature,
    prevHash: '',
    hash: '',
  };
  const row = rowFromCable(cable);
  const index = indexRowsOf(cable, []);
  return {
    seq: cable.seq,
    row: CABLE_COLUMNS.map((column) => row[column]),
    id: envelope.id,
    series: envelope.series,
    registeredAt,
    signature,
    signedText,
    issues: index.issues.map((issue) => issue.issue),
    linked: [envelope.inReplyTo, ...envelope.refs].filter((id): id is string => id !== null),
    readers: index.deliveries.map((delivery) => delivery.personId),
    readAt: readTimes(index.deliveries, cable, { seed, cables }),
    precedenceRank: index.deliveries[0]?.precedenceRank ?? 0,
    author: envelope.author,
  };
}

/**
 * The canonical signed envelope (core/cable/canonical-envelope.ts) written in
 * one JSON.stringify: RFC 8785 sorts the keys as listed here, and for the
 * strings, lists of strings and null payload the generator drafts, it writes
 * what JSON.stringify writes.
 */
function signedTextOf(e: SignedEnvelope): string {
  return JSON.stringify({
    alias: e.alias,
    author: e.author,
    body: e.body,
    captions: e.captions,
    classification: e.classification,
    conference: e.conference,
    exclude: e.exclude,
    id: e.id,
    inReplyTo: e.inReplyTo,
    info: e.info,
    issues: e.issues,
    kind: e.kind,
    payload: e.payload,
    precedence: e.precedence,
    refs: e.refs,
    series: e.series,
    subject: e.subject,
    to: e.to,
    via: e.via,
  });
}

/**
 * When each delivery was read, as readers would have read it: the author on
 * registering; others within three days, for most older cables but fewer of
 * the last 2% (the recent ones, mostly still unread).
 */
function readTimes(
  deliveries: { unread: number; readAt: string | null }[],
  cable: Cable,
  { seed, cables }: { seed: number; cables: number },
): number[] {
  const random = new Random(seed, 13, cable.seq);
  const recent = cable.seq > cables * 0.98;
  const registered = Date.parse(cable.registeredAt);
  return deliveries.map((delivery) => {
    if (delivery.unread === 0) return Date.parse(delivery.readAt!);
    return random.chance(recent ? 0.3 : 0.9) ? registered + random.below(3 * 24 * 3600_000) : Number.NaN;
  });
}

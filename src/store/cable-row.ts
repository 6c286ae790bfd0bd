import type { Selectable } from 'kysely';
import type { Cable, CableKind, Caption, Precedence } from '../core/index.js';
import {
  type DeadlinesPayload,
  type MandateAmendment,
  type MovesPayload,
  precedenceRank,
} from '../core/index.js';
import type { Database } from './schema.js';

export type CableRow = Selectable<Database['cables']>;

/** A stored row back into a Cable. Numbers come back as bigint-safe numbers from both dialects. */
export function cableFromRow(row: CableRow): Cable {
  return {
    seq: Number(row.seq),
    id: row.id,
    number: row.number,
    series: row.series,
    seriesSeq: Number(row.seriesSeq),
    registeredAt: row.registeredAt,
    author: row.author,
    alias: row.alias,
    to: JSON.parse(row.toList),
    info: JSON.parse(row.infoList),
    exclude: JSON.parse(row.excludeList),
    via: row.via,
    precedence: row.precedence as Precedence,
    classification: row.classification,
    captions: JSON.parse(row.captions) as Caption[],
    kind: row.kind as CableKind,
    subject: row.subject,
    issues: JSON.parse(row.issues),
    conference: row.conference,
    inReplyTo: row.inReplyTo,
    refs: JSON.parse(row.refs),
    body: row.body,
    payload: row.payload === null ? null : JSON.parse(row.payload),
    readers: JSON.parse(row.readers),
    signature: row.signature,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export function rowFromCable(cable: Cable): CableRow {
  return {
    seq: cable.seq,
    id: cable.id,
    number: cable.number,
    series: cable.series,
    seriesSeq: cable.seriesSeq,
    registeredAt: cable.registeredAt,
    author: cable.author,
    alias: cable.alias,
    toList: JSON.stringify(cable.to),
    infoList: JSON.stringify(cable.info),
    excludeList: JSON.stringify(cable.exclude),
    via: cable.via,
    precedence: cable.precedence,
    classification: cable.classification,
    captions: JSON.stringify(cable.captions),
    kind: cable.kind,
    subject: cable.subject,
    issues: JSON.stringify(cable.issues),
    conference: cable.conference,
    inReplyTo: cable.inReplyTo,
    refs: JSON.stringify(cable.refs),
    body: cable.body,
    payload: cable.payload === null ? null : JSON.stringify(cable.payload),
    readers: JSON.stringify(cable.readers),
    signature: cable.signature,
    prevHash: cable.prevHash,
    hash: cable.hash,
  };
}

/** The rows that index a cable: who reads it, its issue tags and its references. */
export function indexRowsOf(cable: Cable, linkedSeqs: readonly number[]) {
  const rank = precedenceRank(cable.precedence);
  return {
    deliveries: cable.readers.map((personId) => ({
      personId,
      cableSeq: cable.seq,
      precedenceRank: rank,
      // The author has read what they wrote.
      unread: personId === cable.author ? 0 : 1,
      readAt: personId === cable.author ? cable.registeredAt : null,
    })),
    issues: [...new Set(cable.issues)].map((issue) => ({ issue, cableSeq: cable.seq })),
    links: [...new Set(linkedSeqs)].map((toSeq) => ({ fromSeq: cable.seq, toSeq })),
    ...payloadRowsOf(cable),
    deadlines: deadlineRowsOf(cable),
  };
}

/** The index rows of the deadlines a cable's payload sets (issue 11); the deadlines stay in the signed payload. */
function deadlineRowsOf(cable: Cable) {
  if (cable.payload?.type !== 'deadlines') return [];
  const { conference, deadlines } = cable.payload as unknown as DeadlinesPayload;
  return deadlines.map((deadline, idx) => ({
    cableSeq: cable.seq,
    idx,
    conference,
    deadline: JSON.stringify(deadline),
  }));
}

/**
 * The index rows of a cable's payload: a directive's amendment, a report's
 * moves. The payload itself stays in the cable (signed and chained); these rows
 * only let mandates and moves be found without reading every cable.
 */
function payloadRowsOf(cable: Cable) {
  const payload = cable.payload;
  if (payload?.type === 'mandate-amendment') {
    const amendment = payload as unknown as MandateAmendment;
    return {
      amendments: [
        {
          cableSeq: cable.seq,
          conference: amendment.conference,
          issue: amendment.issue,
          effectiveAt: amendment.effectiveAt ?? cable.registeredAt,
          dimension: amendment.dimension ?? '',
        },
      ],
      moves: [],
      records: [],
    };
  }
  if (payload?.type === 'moves') {
    const { conference, moves } = payload as unknown as MovesPayload;
    return {
      amendments: [],
      moves: moves.map((move, idx) => ({
        cableSeq: cable.seq,
        idx,
        conference,
        issue: move.issue,
        side: move.side,
        move: JSON.stringify(move),
        dimensions: (move.dimensions ?? []).map((on) => on.dimension).join(' '),
      })),
      records: [],
    };
  }
  if (payload?.type === 'record') {
    const { conference, session } = payload as { conference?: string; session?: string };
    return {
      amendments: [],
      moves: [],
      records: [{ cableSeq: cable.seq, conference: conference!, session: session! }],
    };
  }
  return { amendments: [], moves: [], records: [] };
}

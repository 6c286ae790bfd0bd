import type { Cable, VerdictCode } from '../../core/index.js';
import type { DeliveredCable } from '../../store/store.js';
import { listAlerts } from '../mandates/list-alerts.js';
import type { Services } from '../services.js';

/** How many of each kind the overview lists: it is a desk, not an archive. */
const LISTED = 25;
/** How many of the reader's queries are looked at for an answer. */
const QUERIES_LOOKED_AT = 100;

export interface MoveToJudge {
  report: DeliveredCable;
  idx: number;
  verdict: VerdictCode;
  raisedAt: string;
}

/** What waits for one reader, each part drawn only from cables they may read. */
export interface WhatNeedsMe {
  /** Moves outside the mandate in reports they may read, not yet seen: newest first. */
  moves: MoveToJudge[];
  /** Queries to them (asking for authority, or anything else) that they have not answered. */
  queries: DeliveredCable[];
  /** FLASH and IMMEDIATE cables to them they have not opened: most urgent first. */
  urgent: DeliveredCable[];
}

/**
 * A reader's desk: what needs them now. Every part is computed in their own
 * scope (alerts raised on the verdict as they know the mandate, their own
 * deliveries, threads they may read), so it tells nothing of cables they may
 * not read: not even that a query was answered by a cable hidden from them.
 */
export async function whatNeedsMe(services: Services, reader: string): Promise<WhatNeedsMe> {
  const { registry } = services.store;
  const { alerts } = await listAlerts(services, reader, true);
  const moves: MoveToJudge[] = [];
  for (const alert of alerts.slice(0, LISTED)) {
    const report = await registry.readable(reader, alert.report.id);
    if (report) moves.push({ report, idx: alert.idx, verdict: alert.verdict, raisedAt: alert.createdAt });
  }

  const asked = await registry.inbox(reader, {
    box: 'in',
    limit: QUERIES_LOOKED_AT,
    offset: 0,
    kind: 'query',
  });
  const queries: DeliveredCable[] = [];
  for (const delivered of asked.cables) {
    if (queries.length >= LISTED) break;
    if (!(await answeredBy(services, reader, delivered.cable))) queries.push(delivered);
  }

  const urgent: DeliveredCable[] = [];
  for (const precedence of ['FLASH', 'IMMEDIATE']) {
    const box = await registry.inbox(reader, {
      box: 'in',
      limit: LISTED,
      offset: 0,
      precedence,
      unread: true,
    });
    urgent.push(...box.cables);
  }
  return { moves, queries, urgent: urgent.slice(0, LISTED) };
}

/** Whether the reader has answered this cable: a cable of theirs replies to it. */
async function answeredBy(services: Services, reader: string, query: Cable): Promise<boolean> {
  const thread = await services.store.registry.thread(reader, query.seq, 200);
  return thread.some(({ cable }) => cable.author === reader && cable.inReplyTo === query.id);
}

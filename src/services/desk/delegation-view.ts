import type { Cable, Session } from '../../core/index.js';
import type { DeliveredCable } from '../../store/store.js';
import { scopeOf } from '../mandates/reader-scope.js';
import type { Services } from '../services.js';

/** How many of each part the view lists: it is a desk, not an archive. */
const LISTED = 25;
/** How many of the reader's queries are looked at for an answer. */
const QUERIES_LOOKED_AT = 100;

export interface SessionToday {
  conference: string;
  session: Session;
}

/** A delegation's day, each part drawn only from what one reader may read. */
export interface DelegationView {
  /** The day, YYYY-MM-DD in UTC, whose sessions are listed. */
  today: string;
  /** Sessions planned for today, in the conferences whose plans the reader may read. */
  sessions: SessionToday[];
  /** The next planned session after today, when there is one. */
  next: SessionToday | null;
  /** Queries (authority asked for, or anything else) the reader sent that nobody has answered yet. */
  requests: DeliveredCable[];
  /** Directives the reader may read, registered since the start of yesterday (UTC). */
  directives: DeliveredCable[];
}

/**
 * What a delegation works from today: the day's sessions, the authority it
 * is still waiting for, and the directives of the last day. Everything comes
 * from the reader's scope, so it says nothing of cables hidden from them.
 */
export async function delegationView(services: Services, reader: string): Promise<DelegationView> {
  const now = services.now();
  const today = now.slice(0, 10);
  const { sessions, next } = await sessionsAround(services, reader, today);
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const directives = await services.store.registry.search(reader, {
    text: '',
    kind: 'directive',
    from: yesterday.toISOString(),
    limit: LISTED,
    offset: 0,
  });
  return {
    today,
    sessions,
    next,
    requests: await openRequests(services, reader),
    directives: directives.hits.map(({ snippet: _snippet, ...delivered }) => delivered),
  };
}

async function sessionsAround(services: Services, reader: string, today: string) {
  const scope = scopeOf(services, reader);
  const sessions: SessionToday[] = [];
  let next: SessionToday | null = null;
  for (const { id } of await services.store.directory.conferences()) {
    const plan = await scope.plan(id);
    for (const session of plan?.sessions ?? []) {
      const day = session.date.slice(0, 10);
      if (day === today) sessions.push({ conference: id, session });
      else if (day > today && (!next || day < next.session.date.slice(0, 10)))
        next = { conference: id, session };
    }
  }
  return { sessions, next };
}

async function openRequests(services: Services, reader: string): Promise<DeliveredCable[]> {
  const sent = await services.store.registry.inbox(reader, {
    box: 'sent',
    limit: QUERIES_LOOKED_AT,
    offset: 0,
    kind: 'query',
  });
  const open: DeliveredCable[] = [];
  for (const delivered of sent.cables) {
    if (open.length >= LISTED) break;
    if (!(await isAnswered(services, reader, delivered.cable))) open.push(delivered);
  }
  return open;
}

/** Whether someone else has replied to the reader's query, in a cable the reader may read. */
async function isAnswered(services: Services, reader: string, query: Cable): Promise<boolean> {
  const thread = await services.store.registry.thread(reader, query.seq, 200);
  return thread.some(({ cable }) => cable.author !== reader && cable.inReplyTo === query.id);
}
